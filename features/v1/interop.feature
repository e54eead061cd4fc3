@v1
Feature: One order, two APIs
  Every order reads and changes through v1 and v2 alike, with one field mapping: alias is reference,
  order_uuid is uuid, operator_order_ref/operator_order_name are operator_info.order_ref/order_name,
  contacts.operator.contact_uuid is operator_info.contact_uuid, owner and contacts.owner are
  end_customer and its contact, activation_type is request_type, service_alias is service_ref.

  @rule:CRT-RESPONSE
  Scenario: an order made through v2 reads through v1
    Given a complete draft copper "activate" order for product "AM01"
    When the operator reads the order through v1
    Then the request is accepted
    And the response field "order_uuid" is "{{order}}"
    And the response field "alias" is "{{reference}}"
    And the response field "activation_type" is "activate"
    And the response field "contacts.operator.contact_uuid" is "{{contact}}"
    And the response field "endpoints[0].endpoint_ref" is "{{endpoint_ref}}"
    And the response field "owner.type" is present
    And the response field "contacts.owner.email" is present

  @rule:CRT-RESPONSE
  Scenario: an order made through v1 reads through v2
    When the operator creates a v1 order with:
      """
      {
        "type": "activate", "activation_type": "activate", "eligibility_ref": "{{eligibility copper activate}}",
        "product": { "code": "AM01" },
        "owner": { "type": "unregistered", "name": "Untel" },
        "contacts": {
          "operator": { "contact_uuid": "{{contact}}" },
          "owner": { "first_name": "Jean", "last_name": "Untel", "email": "jean@untel.example" }
        },
        "operator_order_ref": "V1-{{token}}", "operator_order_name": "Made in v1",
        "endpoints": [ { "endpoint_ref_type": "line_number", "endpoint_ref": "0417101993" } ]
      }
      """
    Then the request is accepted
    And the order's "request_type" is "activate"
    And the order's "operator_info.order_ref" is "V1-{{token}}"
    And the order's "operator_info.order_name" is "Made in v1"
    And the order's "operator_info.contact_uuid" is "{{contact}}"
    And the order's "end_customer.name" is "Untel"
    And the order's "end_customer.contact.email" is "jean@untel.example"

  @rule:SUB-EVENT
  Scenario: an order made through v1 is submitted through v2
    Given a v1 draft order made with:
      """
      {
        "type": "activate", "activation_type": "activate", "eligibility_ref": "{{eligibility copper activate}}",
        "product": { "code": "AM01" },
        "owner": { "type": "unregistered", "name": "Untel" },
        "contacts": {
          "operator": { "contact_uuid": "{{contact}}" },
          "owner": { "first_name": "Jean", "last_name": "Untel", "email": "jean@untel.example" }
        },
        "operator_order_ref": "V1-{{token}}", "operator_order_name": "Made in v1",
        "endpoints": [ { "endpoint_ref_type": "line_number", "endpoint_ref": "0417101993" } ]
      }
      """
    When the operator submits the order
    Then the request is accepted
    When the operator reads the order through v1
    Then the response field "status" is "submitted"
    And the response field "submission_date" is a date

  @rule:UPD-DELETE-DRAFT
  Scenario: an order made through v1 is deleted through v2
    Given a v1 draft order made with:
      """
      {
        "type": "activate", "activation_type": "activate", "eligibility_ref": "{{eligibility copper activate}}",
        "product": { "code": "AM01" },
        "endpoints": [ { "endpoint_ref_type": "line_number", "endpoint_ref": "0417101993" } ]
      }
      """
    When the operator deletes the order
    Then the request is accepted
    When the operator reads the order through v1
    Then the response status is 404
