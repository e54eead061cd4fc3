@v2
Feature: Listing orders
  GET /api/v2/orders/ filters on reference, type, status, endpoint_ref, end_customer, product_family
  and product_line (LST-FILTER), sorts on reference, creation_date and submission_date, "-" reversing
  (LST-SORT), and pages with limit and offset, X-Total-Count giving the total (LST-PAGINATION).
  Every scenario narrows the list to its own orders with end_customer={{customer}}, the end-customer
  name its complete orders share.

  @rule:LST-FILTER
  Scenario Outline: the <filter> filter keeps only the matching orders
    Given order A is a complete draft copper "activate" order for product "AM01"
    And order B is a complete draft fiber "activate_defined" order for product "FP01"
    And order C is a submitted copper "create" order for product "SM01"
    And order D is a complete draft terminate order for an active "AM01" service
    When the operator lists orders with "end_customer={{customer}}&<query>"
    Then the request is accepted
    And the list holds exactly orders "<orders>"

    Examples:
      | filter         | query                             | orders     |
      | end_customer   | limit=100                         | A, B, C, D |
      | type           | type=activate                     | A, B, C    |
      | type           | type=terminate                    | D          |
      | status         | status=submitted                  | C          |
      | status         | status=draft                      | A, B, D    |
      | product_family | product_family=F                  | B          |
      | product_family | product_family=M                  | C          |
      | product_line   | product_line=AM                   | A, D       |
      | reference      | reference={{reference of order B}} | B         |
      | endpoint_ref   | type=activate&endpoint_ref={{endpoint_ref of order A}} | A |
      | combined       | type=activate&product_family=A    | A          |
      | combined       | status=draft&product_line=FP      | B          |

  @interp @rule:LST-FILTER
  Scenario Outline: the end_customer filter matches the whole name, not <description>
    Given a complete draft copper "activate" order for product "AM01"
    When the operator lists orders with "reference={{reference}}&end_customer=<value>"
    Then the request is accepted
    And the response is a list of 0 items
    And the response header "X-Total-Count" is "0"

    Examples:
      | description         | value                  |
      | the start of it     | Kit Customer           |
      | a part inside it    | Customer               |
      | another letter case | KIT CUSTOMER {{token}} |

  @rule:LST-FILTER
  Scenario: the end_customer filter matches the whole name
    Given a complete draft copper "activate" order for product "AM01"
    When the operator lists orders with "reference={{reference}}&end_customer={{customer}}"
    Then the request is accepted
    And the response is a list of 1 item

  @rule:LST-FILTER
  Scenario: a filter no order matches gives an empty list and a zero total
    Given a complete draft copper "activate" order for product "AM01"
    When the operator lists orders with "end_customer={{customer}}&status=completed"
    Then the request is accepted
    And the response is a list of 0 items
    And the response header "X-Total-Count" is "0"

  @rule:LST-FILTER @rule:LST-SORT @rule:LST-PAGINATION
  Scenario Outline: an empty page is an empty list with its total, whatever the sort (<description>)
    Given 2 complete draft copper "activate" orders for product "AM01"
    When the operator lists orders with "end_customer={{customer}}&<query>"
    Then the request is accepted
    And the response is a list of 0 items
    And the response header "X-Total-Count" is "<total>"

    Examples:
      | description                    | query                                   | total |
      | no match, by reference         | status=completed&sort=reference         | 0     |
      | no match, by submission, newest | status=completed&sort=-submission_date  | 0     |
      | offset past the total, by reference | sort=-reference&offset=5           | 2     |
      | offset past the total, by submission | sort=submission_date&offset=2     | 2     |

  @rule:LST-SORT
  Scenario Outline: sort=<sort> sorts by <field> <direction>
    Given 3 complete draft copper "activate" orders for product "AM01"
    And the operator has submitted orders "2, 3, 1" in this order
    When the operator lists orders with "end_customer={{customer}}&sort=<sort>"
    Then the request is accepted
    And the list holds exactly orders "1, 2, 3"
    And the list is sorted by "<field>" <direction>

    Examples:
      | sort             | field           | direction  |
      | reference        | reference       | ascending  |
      | -reference       | reference       | descending |
      | creation_date    | creation_date   | ascending  |
      | -creation_date   | creation_date   | descending |
      | submission_date  | submission_date | ascending  |
      | -submission_date | submission_date | descending |

  @rule:LST-SORT
  Scenario Outline: orders created 1, 2, 3 and submitted 2, 3, 1 come as <orders> with sort=<sort>
    Given 3 complete draft copper "activate" orders for product "AM01"
    And the operator has submitted orders "2, 3, 1" in this order
    When the operator lists orders with "end_customer={{customer}}&sort=<sort>"
    Then the list holds orders "<orders>" in this order

    Examples:
      | sort             | orders  |
      | creation_date    | 1, 2, 3 |
      | -creation_date   | 3, 2, 1 |
      | submission_date  | 2, 3, 1 |
      | -submission_date | 1, 3, 2 |

  @rule:LST-SORT
  Scenario Outline: sorting on <field> is refused
    When the operator lists orders with "sort=<field>"
    Then the request is refused with status 400

    Examples:
      | field         |
      | status        |
      | -type         |
      | end_customer  |
      | modification_date |

  @rule:LST-PAGINATION
  Scenario Outline: limit=<limit> and offset=<offset> give <count> of the 3 orders
    Given 3 complete draft copper "activate" orders for product "AM01"
    When the operator lists orders with "end_customer={{customer}}&sort=creation_date&limit=<limit>&offset=<offset>"
    Then the request is accepted
    And the response is a list of <count> items
    And the response header "X-Total-Count" is "3"

    Examples:
      | limit | offset | count |
      | 2     | 0      | 2     |
      | 2     | 2      | 1     |
      | 1     | 1      | 1     |
      | 10    | 0      | 3     |
      | 2     | 3      | 0     |

  @rule:LST-PAGINATION
  Scenario: offset pages follow each other in the sort order
    Given 3 complete draft copper "activate" orders for product "AM01"
    When the operator lists orders with "end_customer={{customer}}&sort=creation_date&limit=2&offset=1"
    Then the list holds orders "2, 3" in this order

  @rule:LST-PAGINATION @rule:LST-SORT
  Scenario: pages of a reversed sort follow each other in that order
    Given 3 complete draft copper "activate" orders for product "AM01"
    When the operator lists orders with "end_customer={{customer}}&sort=-creation_date&limit=2&offset=1"
    Then the list holds orders "2, 1" in this order
