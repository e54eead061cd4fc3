@v2
Feature: Terminate orders
  A terminate order names an active service (by uuid or by reference) and the provider fills in the
  rest from the service (CRT-TERMINATE-REF). Terminate exists for families A, S, M and F; ENNI
  services cannot be terminated (CRT-TERMINATE-FAMILIES, ORD-ENNI-NO-TERMINATE). Termination is
  immediate: the service ends when the terminate order is submitted, and no other terminate order
  may name it afterwards (SUB-TERMINATE-IMMEDIATE).

  @rule:CRT-TERMINATE-REF @rule:ORD-INITIAL-DRAFT
  Scenario: a terminate order by service uuid is pre-filled from the service
    When the operator creates a terminate order for an active "AM01" service
    Then the request is accepted
    And the response field "type" is "terminate"
    And the response field "status" is "draft"
    And the response field "service_uuid" is "{{service uuid}}"
    And the response field "service_ref" is "{{service ref}}"
    And the response field "product.code" is "AM01"
    And the response field "end_customer.type" is present
    And the response field "operator_info.contact_uuid" is present
    And the response field "operator_info.order_ref" is null or absent
    And the response field "bounds[0].address" is present

  @simulator @rule:CRT-TERMINATE-REF @rule:CMP-ACTIVATE-CREATES-SERVICE
  Scenario: the service a completed activate order created can be terminated
    Given order A is a submitted copper "activate" order for product "AM01"
    And the provider has moved order A through "acknowledged, running, completed"
    When the operator creates a terminate order for the service of order A
    Then the request is accepted
    And the response field "service_uuid" is "{{service_uuid of order A}}"
    And the response field "operator_info.contact_uuid" is present
    And the response field "operator_info.order_ref" is null or absent
    And the response field "operator_info.order_name" is null or absent

  @rule:CRT-TERMINATE-REF
  Scenario: a terminate order by service reference names the same service
    When the operator creates a terminate order by service reference for an active "AM01" service
    Then the request is accepted
    And the response field "type" is "terminate"
    And the response field "service_ref" is "{{service ref}}"
    And the response field "service_uuid" is "{{service uuid}}"

  @simulator @rule:CRT-TERMINATE-REF
  Scenario: a terminate order for the service of a completed order carries that order's product, customer, contact and address
    Given order A is a submitted copper "activate" order for product "AM01"
    And the provider has moved order A through "acknowledged, running, completed"
    When the operator creates a terminate order for the service of order A
    Then the request is accepted
    And the response field "service_uuid" is order A's "service_uuid"
    And the response field "service_ref" is order A's "service_ref"
    And the response field "product.code" is order A's "product.code"
    And the response field "end_customer" is order A's "end_customer"
    And the response field "operator_info.contact_uuid" is order A's "operator_info.contact_uuid"
    And the response field "bounds[0].address" is order A's "bounds[0].address"
    And the response field "operator_info.order_ref" is null or absent
    And the response field "operator_info.order_name" is null or absent

  @rule:CRT-TERMINATE-REF
  Scenario Outline: a terminate order without a known active service is refused (<description>)
    When the operator tries to create an order with:
      """
      <body>
      """
    Then the request is refused with status 400

    Examples:
      | description          | body                                                                         |
      | no service at all    | {"type": "terminate"}                                                        |

    @interp
    Examples: a service the provider does not know
      | description          | body                                                                         |
      | unknown service uuid | {"type": "terminate", "service_uuid": "00000000-0000-4000-8000-000000000000"} |
      | unknown service ref  | {"type": "terminate", "service_ref": "S000101_00000"}                        |

  @rule:CRT-TERMINATE-FAMILIES
  Scenario Outline: terminate is available for family <family>
    When the operator creates a terminate order for an active "first of family <family>" service
    Then the request is accepted
    And the response field "product.line.family.code" is "<family>"

    Examples:
      | family |
      | A      |
      | S      |
      | M      |
      | F      |

  @rule:CRT-TERMINATE-FAMILIES @rule:ORD-ENNI-NO-TERMINATE
  Scenario: an ENNI service cannot be terminated
    When the operator tries to create a terminate order for the ENNI service
    Then the request is refused with a client error

  @rule:SUB-TERMINATE-IMMEDIATE @rule:SUB-EVENT
  Scenario: a complete terminate order is taken into account as soon as it is submitted
    Given a complete draft terminate order for an active "AM01" service
    When the operator submits the order
    Then the request is accepted
    And the order's status is "submitted"
    And the order's events are, oldest first: "order-submitted"
    And the order's service has the event "service-terminated"

  @rule:SUB-TERMINATE-IMMEDIATE
  Scenario: a service ended by a submitted terminate order cannot be named by a new one (by uuid)
    Given order A is a submitted terminate order for an active "AM01" service
    When the operator tries to create a terminate order for the service of order A
    Then the request is refused with status 400 naming the field "service_uuid"

  @rule:SUB-TERMINATE-IMMEDIATE
  Scenario: a service ended by a submitted terminate order cannot be named by a new one (by reference)
    Given order A is a submitted terminate order for an active "AM01" service
    When the operator tries to create a terminate order by the service reference of order A
    Then the request is refused with status 400 naming the field "service_ref"

  @rule:SUB-TERMINATE-IMMEDIATE
  Scenario: a second terminate draft for a service ended meanwhile cannot be submitted
    Given order A is a complete draft terminate order for an active "AM01" service
    And order B is a complete draft terminate order for the service of order A
    And the operator has submitted order A
    When the operator submits order B
    Then the request is refused with status 400 naming the field "service_uuid"
    And order B's "status" is "draft"

  @simulator @interp @rule:SUB-TERMINATE-IMMEDIATE
  Scenario: a terminate order rejected after its submission does not bring the service back
    Given order A is a submitted terminate order for an active "AM01" service
    And the provider has moved order A through "rejected"
    When the operator tries to create a terminate order for the service of order A
    Then the request is refused with status 400 naming the field "service_uuid"
