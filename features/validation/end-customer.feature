@v2
Feature: The end customer
  The end customer is registered (a company with a SIRET), unregistered (a company without one) or
  an individual, and each type needs its own fields before submit (END-CUSTOMER-TYPE). A SIRET is
  14 digits (SIRET-FORMAT, the kit's reading of the pages' example).

  Background:
    Given a complete draft copper "activate" order for product "AM01"

  @rule:END-CUSTOMER-TYPE
  Scenario Outline: a <type> end customer with <fields> can be submitted
    Given the order's "end_customer.type" is "<type>"
    And the order's "<field 1>" is "<value 1>"
    And the order's "<field 2>" is "<value 2>"
    When the operator submits the order
    Then the request is accepted
    And the order's status is "submitted"

    Examples:
      | type         | fields              | field 1                | value 1      | field 2                | value 2        |
      | registered   | a name and a SIRET  | end_customer.name      | Minas Tirith | end_customer.siret     | 81352886600029 |
      | unregistered | a name              | end_customer.name      | Alethkar     | end_customer.name      | Alethkar       |
      | individual   | first and last name | end_customer.first_name | Shallan     | end_customer.last_name | Davar          |

  @rule:END-CUSTOMER-TYPE @rule:SUB-REQUIRED-FIELDS
  Scenario Outline: a <type> end customer without <missing> cannot be submitted
    Given the order's "end_customer.type" is "<type>"
    When the operator submits the order
    Then the request is refused with status 400 naming the field "<missing>"
    And the order's status is "draft"

    Examples:
      | type       | missing                 |
      | registered | end_customer.siret      |
      | individual | end_customer.first_name |
      | individual | end_customer.last_name  |

  @interp @rule:END-CUSTOMER-TYPE
  Scenario Outline: the end customer type "<type>" is refused
    When the operator tries to set "end_customer.type" to "<type>"
    Then the request is refused with status 400 naming the field "end_customer.type"
    And the order is unchanged

    Examples:
      | type       |
      | company    |
      | Individual |
      | person     |

  @interp @rule:SIRET-FORMAT
  Scenario Outline: the SIRET "<siret>" is refused (<description>)
    When the operator tries to set "end_customer.siret" to "<siret>"
    Then the request is refused with status 400 naming the field "end_customer.siret"
    And the order is unchanged

    Examples:
      | description    | siret            |
      | 13 digits      | 8135288660002    |
      | 15 digits      | 813528866000290  |
      | a letter       | 8135288660002A   |
      | spaces         | 813 528 866 00029 |

  @interp @rule:SIRET-FORMAT
  Scenario: a 14-digit SIRET is accepted
    When the operator sets "end_customer.siret" to "81352886600029"
    Then the request is accepted
    And the order's "end_customer.siret" is "81352886600029"
