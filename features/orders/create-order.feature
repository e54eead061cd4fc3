@v2
Feature: Creating activate orders
  An activate order is created from an eligibility, a product code and a request type; the answer
  is the whole draft with everything the provider fills in (CRT-RESPONSE).

  @rule:CRT-RESPONSE @rule:ORD-INITIAL-DRAFT @rule:ORD-UUID-FORMAT @rule:ORD-REFERENCE-FORMAT
  Scenario: a new copper order comes back as a complete draft
    When the operator creates a copper "activate" order for product "AM01"
    Then the request is accepted
    And the response field "status" is "draft"
    And the response field "type" is "activate"
    And the response field "request_type" is "activate"
    And the response field "bounds[0].uuid" is present
    And the response field "bounds[0].endpoints[0].uuid" is present
    And the response field "bounds[0].address" is present
    And the response field "eligibility_ref" is "{{eligibility copper activate}}"

  @rule:ORD-REFERENCE-FORMAT
  Scenario: the order reference carries the creation date
    When the operator creates a copper "activate" order for product "AM01"
    Then the request is accepted
    And the response reference carries the creation date

  @rule:ORD-UUID-FORMAT @rule:ORD-INITIAL-DRAFT
  Scenario: a new fiber order comes back as a draft with a canonical uuid
    When the operator creates a fiber "activate_defined" order for product "FP01"
    Then the request is accepted
    And the response field "status" is "draft"
    And the response field "bounds[0].endpoints[0].type" is "otp"

  @rule:ORD-PRODUCT-EXPANSION
  Scenario Outline: the provider expands product <code> from its catalogue
    When the operator creates a <technology> "<request type>" order for product "<code>"
    Then the request is accepted
    And the response field "product.code" is "<code>"
    And the response field "product.name" is present
    And the response field "product.description" is present
    And the response field "product.line.code" is "<line>"
    And the response field "product.line.name" is present
    And the response field "product.line.description" is present
    And the response field "product.line.family.code" is "<family>"
    And the response field "product.line.family.name" is present
    And the response field "product.line.family.description" is present

    Examples:
      | code | technology | request type     | line | family |
      | AM01 | copper     | activate         | AM   | A      |
      | FP01 | fiber      | activate_defined | FP   | F      |

  @rule:ORD-PRODUCT-EXPANSION
  Scenario: an unknown product code is refused
    When the operator tries to create a copper "activate" order for product "ZZ99"
    Then the request is refused with status 400 naming the field "product.code"

  @rule:ORD-SERVICE-FAMILIES @rule:CRT-REQUEST-TYPE-COPPER @rule:CRT-REQUEST-TYPE-FIBER
  Scenario Outline: products of family <family> (<name>) are ordered as <technology>
    When the operator creates a <technology> "<request type>" order for product "first of family <family>"
    Then the request is accepted
    And the response field "product.line.family.code" is "<family>"

    Examples:
      | family | name                | technology | request type     |
      | A      | ADSL, copper        | copper     | activate         |
      | S      | SDSL, copper        | copper     | activate         |
      | M      | SDSL Max, copper    | copper     | activate         |
      | F      | Fiber Pro           | fiber      | activate_defined |
      | E      | fibre enterprise    | fiber      | create           |

  @rule:ORD-TYPE
  Scenario Outline: an order type other than activate or terminate is refused (<type>)
    When the operator tries to create a copper "activate" order for product "AM01" with:
      """
      {"type": "<type>"}
      """
    Then the request is refused with status 400 naming the field "type"

    Examples:
      | type       |
      | activation |
      | create     |
      | ACTIVATE   |
      | modify     |
      |            |

  @rule:CRT-ACTIVATE-NEEDS-ELIGIBILITY
  Scenario Outline: an activate order without <field> is refused naming it
    When the operator tries to create a copper "activate" order for product "AM01" with:
      """
      <patch>
      """
    Then the request is refused with status 400 naming the field "<field>"

    Examples:
      | field           | patch                       |
      | eligibility_ref | {"eligibility_ref": null}   |
      | product.code    | {"product": {"code": null}} |
      | request_type    | {"request_type": null}      |

  @rule:CRT-ACTIVATE-NEEDS-ELIGIBILITY
  Scenario: an activate order without any product is refused naming the product or its code
    When the operator tries to create a copper "activate" order for product "AM01" with:
      """
      {"product": null}
      """
    Then the request is refused with status 400 naming the field "product" or "product.code"

  @interp @rule:CRT-ACTIVATE-NEEDS-ELIGIBILITY
  Scenario: an unknown eligibility reference is refused
    When the operator tries to create a copper "activate" order for product "AM01" with:
      """
      {"eligibility_ref": "elig-00000000-0000-4000-8000-000000000000"}
      """
    Then the request is refused with status 400 naming the field "eligibility_ref"

  @rule:CRT-REQUEST-TYPE-COPPER
  Scenario Outline: a copper order accepts the request type <request type>
    When the operator creates a copper "<request type>" order for product "AM01"
    Then the request is accepted
    And the response field "request_type" is "<request type>"

    Examples:
      | request type     |
      | activate         |
      | create           |
      | create_nearby    |
      | create_neighbour |

  @rule:CRT-REQUEST-TYPE-COPPER
  Scenario Outline: a copper order refuses the request type <request type>
    When the operator tries to create a copper "activate" order for product "AM01" with:
      """
      {"request_type": "<request type>"}
      """
    Then the request is refused with status 400 naming the field "request_type"

    Examples:
      | request type       |
      | activate_defined   |
      | activate_undefined |
      | create_far_away    |

  @rule:CRT-REQUEST-TYPE-FIBER
  Scenario Outline: a fiber order accepts the request type <request type>
    When the operator creates a fiber "<request type>" order for product "FP01"
    Then the request is accepted
    And the response field "request_type" is "<request type>"

    Examples:
      | request type       |
      | create             |
      | activate_defined   |
      | activate_undefined |

  @rule:CRT-REQUEST-TYPE-FIBER
  Scenario Outline: a fiber order refuses the request type <request type>
    When the operator tries to create a fiber "create" order for product "FP01" with:
      """
      {"request_type": "<request type>"}
      """
    Then the request is refused with status 400 naming the field "request_type"

    Examples:
      | request type     |
      | activate         |
      | create_nearby    |
      | create_neighbour |

  @rule:CRT-FP05-SECOND-RDV
  Scenario Outline: an FP05 <request type> order accepts a second appointment
    When the operator creates a fiber "<request type>" order for product "FP05" with:
      """
      {"allow_second_rdv": true}
      """
    Then the request is accepted
    And the response field "allow_second_rdv" is "true"

    Examples:
      | request type       |
      | activate_defined   |
      | activate_undefined |

  @rule:CRT-FP05-SECOND-RDV
  Scenario: an FP05 order accepts a second delivery address
    When the operator creates a fiber "create" order for product "FP05" with:
      """
      {"address_second_rdv": {"zipcode": "76000", "city": "Rouen", "street_number": 1, "street_name": "Rue de la republique"}}
      """
    Then the request is accepted
    And the response field "address_second_rdv.city" is "Rouen"

  @rule:CRT-FP05-SECOND-RDV
  Scenario Outline: the second appointment is refused <description>
    When the operator tries to create a fiber "<request type>" order for product "<product>" with:
      """
      {"<field>": <value>}
      """
    Then the request is refused with status 400 naming the field "<field>"

    Examples:
      | description                      | request type     | product | field              | value                                                                        |
      | on another Fiber Pro product     | activate_defined | FP01    | allow_second_rdv   | true                                                                         |
      | on an FP05 create order          | create           | FP05    | allow_second_rdv   | true                                                                         |
      | for the address on FP01          | activate_defined | FP01    | address_second_rdv | {"zipcode": "76000", "city": "Rouen", "street_number": 1, "street_name": "Rue"} |
