@v2
Feature: Submitting an order
  Submit checks every field marked S at once and lists each missing one; the order stays a draft
  (SUB-REQUIRED-FIELDS, SUB-CONTACT-REQUIRED). A successful submit emits order-submitted with the
  order's reference (SUB-EVENT).

  @rule:SUB-REQUIRED-FIELDS
  Scenario: a bare draft cannot be submitted, and every missing field is named
    Given a draft copper "activate" order for product "AM01"
    When the operator submits the order
    Then the request is refused with status 400 naming the fields:
      | field                           |
      | end_customer.type               |
      | end_customer.contact.first_name |
      | end_customer.contact.last_name  |
      | end_customer.contact.email      |
      | operator_info.order_ref         |
      | operator_info.order_name        |
      | operator_info.contact_uuid      |
    And the error message is "Invalid input"
    And the order's status is "draft"

  @rule:SUB-REQUIRED-FIELDS
  Scenario Outline: a draft without <field> cannot be submitted
    Given a draft copper "activate" order for product "AM01"
    And the order is complete except "<field>"
    When the operator submits the order
    Then the request is refused with status 400 naming the field "<field>"
    And the order's status is "draft"

    Examples:
      | field                           |
      | end_customer.type               |
      | end_customer.name               |
      | end_customer.contact.first_name |
      | end_customer.contact.last_name  |
      | end_customer.contact.email      |
      | operator_info.order_ref         |
      | operator_info.order_name        |

  @rule:SUB-CONTACT-REQUIRED
  Scenario: a draft without an operator contact cannot be submitted
    Given a draft copper "activate" order for product "AM01"
    And the order is complete except "operator_info.contact_uuid"
    When the operator submits the order
    Then the request is refused with status 400 naming the field "operator_info.contact_uuid"
    And the order's status is "draft"

  @interp @rule:SUB-CONTACT-REQUIRED
  Scenario: an operator contact that is not one of the operator's is refused
    Given a draft copper "activate" order for product "AM01"
    When the operator tries to set "operator_info.contact_uuid" to "nobody00"
    Then the request is refused with status 400 naming the field "operator_info.contact_uuid"

  @rule:SUB-EVENT
  Scenario Outline: a successful submit of a <kind> order emits order-submitted with the order reference
    Given a complete draft <technology> "<request type>" order for product "<product>"
    When the operator submits the order
    Then the request is accepted
    And the order's events are, oldest first: "order-submitted"
    And the order's "order-submitted" event carries the order's "reference" as its data "kosc_order_ref"

    Examples:
      | kind                 | technology | request type     | product |
      | copper activate      | copper     | activate         | AM01    |
      | copper line building | copper     | create_nearby    | AM01    |
      | Fiber Pro            | fiber      | activate_defined | FP01    |

  @interp @rule:SUB-EVENT
  Scenario: a refused submit emits no event
    Given a draft copper "activate" order for product "AM01"
    When the operator submits the order
    Then the request is refused with status 400
    And the order's events are, oldest first: ""

  @simulator @rule:SUB-APPOINTMENT-LINE-BUILDING
  Scenario Outline: a copper <request type> order goes through an appointment the operator sees whole
    Given a submitted copper "<request type>" order for product "AM01"
    And the provider has moved the order through "acknowledged, running"
    When the provider sends the event "order-appointment-agreed" with the data:
      """
      {"start_date": "2026-12-01T08:00:00.000000Z", "end_date": "2026-12-01T10:00:00.000000Z"}
      """
    Then the control API accepts it
    And the order's events are, oldest first: "order-submitted, order-acknowledged, order-running, order-appointment-agreed"
    And the order's "order-appointment-agreed" event has the data "start_date" equal to "2026-12-01T08:00:00.000000Z"
    And the order's "order-appointment-agreed" event has the data "end_date" equal to "2026-12-01T10:00:00.000000Z"

    Examples:
      | request type     |
      | create           |
      | create_nearby    |
      | create_neighbour |

  @simulator @interp @rule:SUB-APPOINTMENT-LINE-BUILDING @rule:EVT-MATRIX
  Scenario: a copper activation of an existing line goes through no appointment
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "acknowledged, running"
    When the provider sends the event "order-appointment-agreed" with the data:
      """
      {"start_date": "2026-12-01T08:00:00.000000Z", "end_date": "2026-12-01T10:00:00.000000Z"}
      """
    Then the control API refuses it
    And the order's events are, oldest first: "order-submitted, order-acknowledged, order-running"
