@v2
Feature: ENNI orders and enterprise products
  ENNI orders are made and managed by Covage: the operator reads them but cannot change them
  (ORD-ENNI-READONLY); they carry the POP that hosts the ENNI and a 4H-24/7 GTR by default
  (ORD-ENNI-POP). Enterprise products (families S and E) need at least one ENNI
  (ORD-ENTERPRISE-NEEDS-ENNI).

  @rule:ORD-ENNI-READONLY @rule:ORD-SERVICE-FAMILIES
  Scenario: the operator can read its ENNI order
    Given the ENNI order of the operator
    When the operator reads the order
    Then the request is accepted
    And the response field "product.line.family.code" is "N"

  @rule:ORD-ENNI-READONLY
  Scenario: the operator cannot modify its ENNI order
    Given the ENNI order of the operator
    When the operator sets "comment" to "let me change this"
    Then the request is refused with a client error
    And the order is unchanged

  @rule:ORD-ENNI-READONLY
  Scenario: the operator cannot submit its ENNI order
    Given the ENNI order of the operator
    When the operator submits the order
    Then the request is refused with a client error
    And the order is unchanged

  @rule:ORD-ENNI-READONLY
  Scenario: the operator cannot delete its ENNI order
    Given the ENNI order of the operator
    When the operator deletes the order
    Then the request is refused with a client error
    And the order is unchanged

  @rule:ORD-ENNI-READONLY @rule:EVT-INFO-POST
  Scenario: the operator cannot post an info message on its ENNI order
    Given the ENNI order of the operator
    When the operator sends the info message "Please check the port"
    Then the request is refused with a client error
    And the order has 0 "order-info" events

  @simulator @interp @rule:ORD-ENNI-READONLY @rule:EVT-MATRIX
  Scenario Outline: an ENNI order is not a copper activation: the provider cannot send it <event>
    Given the ENNI order of the operator
    When the provider sends the event "<event>"
    Then the control API refuses it
    And the order has 0 "<event>" events

    Examples:
      | event                           |
      | order-sensibleaccess            |
      | order-information-from-provider |
      | order-info                      |

  @interp @rule:ORD-ENNI-POP
  Scenario: an ENNI order has a 4H-24/7 GTR by default
    Given the ENNI order of the operator
    When the operator reads the order
    Then the request is accepted
    And the response field "options.gtr.enabled" is "true"
    And the response field "options.gtr.default_value" is "4h_24_7"

  @rule:ORD-ENNI-READONLY
  Scenario: the operator cannot create an ENNI order
    Given the operator has counted its orders with "product_family=N&limit=1"
    When the operator tries to create a copper "activate" order for product "first of family N"
    Then the request is refused with a client error
    And the operator has as many orders with "product_family=N&limit=1" as before

  @interp @rule:ORD-ENNI-READONLY
  Scenario: creating an ENNI order is refused as invalid or forbidden
    When the operator tries to create a copper "activate" order for product "first of family N"
    Then the request is refused with status 400 or 403

  @v1 @rule:ORD-ENNI-READONLY
  Scenario: the operator cannot replace its ENNI order through v1
    Given the ENNI order of the operator
    When the operator replaces the order through v1 with:
      """
      { "comment": "let me change this" }
      """
    Then the request is refused with a client error
    And the order is unchanged

  @v1 @rule:ORD-ENNI-READONLY
  Scenario: the operator cannot submit its ENNI order through v1
    Given the ENNI order of the operator
    When the operator submits the order through v1
    Then the request is refused with a client error
    And the order is unchanged

  @v1 @rule:ORD-ENNI-READONLY
  Scenario: the operator cannot delete its ENNI order through v1
    Given the ENNI order of the operator
    When the operator deletes the order through v1
    Then the request is refused with a client error
    And the order is unchanged

  @rule:ORD-ENTERPRISE-NEEDS-ENNI
  Scenario Outline: an operator without ENNI cannot submit a family <family> order
    Given an operator without ENNI has a complete draft <technology> "<request type>" order for product "first of family <family>"
    When an operator without ENNI submits the order
    Then the request is refused with a client error
    And the order's status is "draft"

    Examples:
      | family | technology | request type |
      | S      | copper     | activate     |
      | E      | fiber      | create       |

  @rule:ORD-ENTERPRISE-NEEDS-ENNI
  Scenario Outline: an operator with an ENNI can submit a family <family> order
    Given a complete draft <technology> "<request type>" order for product "first of family <family>"
    When the operator submits the order
    Then the request is accepted
    And the order's status is "submitted"

    Examples:
      | family | technology | request type |
      | S      | copper     | activate     |
      | E      | fiber      | create       |

  @rule:ORD-ENTERPRISE-NEEDS-ENNI
  Scenario: an operator without ENNI can still submit a non-enterprise order
    Given an operator without ENNI has a complete draft copper "activate" order for product "AM01"
    When an operator without ENNI submits the order
    Then the request is accepted
