@v1
Feature: Updating, deleting and submitting orders through API v1
  PUT /api/orders/{uuid}/ takes the whole document: only owner, comment, contacts, options,
  operator_order_ref, operator_order_name, enni and batch_alias count (UPD-V1-WHITELIST), and a
  modifiable field left out is deleted (UPD-V1-WHOLE-DOCUMENT). Only a draft can be changed.

  @rule:UPD-V1-WHITELIST
  Scenario: whitelisted fields are taken into account
    Given a draft copper "activate" order for product "SD01"
    When the operator replaces the order through v1 with:
      """
      {
        "comment": "changed through v1",
        "operator_order_ref": "V1-{{token}}",
        "operator_order_name": "Named through v1",
        "owner": { "type": "unregistered", "name": "Untel" },
        "contacts": {
          "operator": { "contact_uuid": "{{contact}}" },
          "owner": { "first_name": "Jean", "last_name": "Untel", "email": "jean@untel.example", "phone_number": "0123456789" }
        },
        "options": { "contract_term": { "enabled": true, "value": "36_months" } },
        "enni": { "enni_vlan": "222", "enni_service_ref": "S20181102_12001" },
        "batch_alias": "B170516_00002"
      }
      """
    Then the request is accepted
    And the response field "comment" is "changed through v1"
    And the response field "batch_alias" is "B170516_00002"
    And the response field "enni.enni_vlan" is "222"
    And the response field "contacts.owner.email" is "jean@untel.example"
    And the response field "options.contract_term" carries the JSON {"enabled": true, "value": "36_months"}
    And the order's "operator_info.order_ref" is "V1-{{token}}"
    And the order's "operator_info.order_name" is "Named through v1"
    And the order's "operator_info.contact_uuid" is "{{contact}}"
    And the order's "end_customer.name" is "Untel"
    And the order's "end_customer.contact.email" is "jean@untel.example"
    And the order's "options.contract_term.value" is "36_months"

  @rule:UPD-V1-WHITELIST
  Scenario: other fields sent in a PUT are ignored without error
    Given a draft copper "activate" order for product "AM01"
    When the operator replaces the order through v1 with:
      """
      {
        "comment": "only this counts",
        "activation_type": "create",
        "product": { "code": "AM02" },
        "status": "completed",
        "type": "terminate",
        "eligibility_ref": "elig-00000000-0000-4000-8000-000000000000",
        "address": { "street_name": "RUE DU CAPITAINE GUYNEMER", "street_number": "00044", "city": "COURBEVOIE", "insee_code": "92026" },
        "endpoints": [ { "endpoint_ref_type": "line_number", "endpoint_ref": "0143340043" } ]
      }
      """
    Then the request is accepted
    And the order's status is "draft"
    And the order's "request_type" is "activate"
    And the order's "product.code" is "AM01"
    And the order's "type" is "activate"
    And the order's "comment" is "only this counts"
    And the order's "eligibility_ref" has not changed
    And the order's "bounds[0].address" has not changed
    And the order's "bounds[0].endpoints[0].reference" has not changed

  @rule:UPD-V1-WHOLE-DOCUMENT
  Scenario: a modifiable field left out of the PUT is deleted
    Given a complete draft copper "activate" order for product "AM01"
    And the order has been modified with:
      """
      { "comment": "to be dropped", "options": { "contract_term": { "enabled": true, "value": "36_months" } } }
      """
    When the operator replaces the order through v1 with:
      """
      { "batch_alias": "B170516_00004" }
      """
    Then the request is accepted
    And the response field "comment" is null or absent
    And the response field "operator_order_ref" is null or absent
    And the response field "operator_order_name" is null or absent
    And the response field "contacts.operator" is null or absent
    And the response field "contacts.owner" is null or absent
    And the response field "owner" is empty
    And the response field "options" is empty
    And the order's "operator_info.order_ref" is null or absent
    And the order's "comment" is null or absent
    And the order's "end_customer.name" is null or absent
    And the order's "options.contract_term" is null or absent

  @rule:UPD-V1-WHOLE-DOCUMENT @rule:UPD-V1-WHITELIST
  Scenario: fields only v1 shows survive a v2 change, and a v1 PUT can remove them
    Given a v1 draft order made with:
      """
      {
        "type": "activate", "activation_type": "activate", "eligibility_ref": "{{eligibility copper activate}}",
        "product": { "code": "SD01" }, "batch_alias": "B170516_00003",
        "enni": { "enni_vlan": "111", "enni_service_ref": "S20181102_12001" },
        "endpoints": [ { "endpoint_ref_type": "line_number", "endpoint_ref": "0417101993" } ]
      }
      """
    And the order's "comment" is "changed through v2"
    When the operator reads the order through v1
    Then the response field "batch_alias" is "B170516_00003"
    And the response field "enni.enni_vlan" is "111"
    And the response field "comment" is "changed through v2"
    When the operator replaces the order through v1 with:
      """
      { "comment": "changed through v1" }
      """
    Then the request is accepted
    And the response field "batch_alias" is null or absent
    And the response field "enni" is null or absent

  @rule:UPD-DRAFT-ONLY
  Scenario: a submitted order cannot be replaced through v1
    Given a submitted copper "activate" order for product "AM01"
    When the operator tries to replace the order through v1 with:
      """
      { "comment": "too late" }
      """
    Then the request is refused with a client error
    And the order is unchanged

  @rule:UPD-DELETE-DRAFT
  Scenario: a draft is deleted through v1
    Given a draft copper "activate" order for product "AM01"
    When the operator deletes the order through v1
    Then the request is accepted
    And the response body is the JSON "{}"
    When the operator reads the order
    Then the response status is 404

  @rule:UPD-DELETE-DRAFT
  Scenario: a submitted order cannot be deleted through v1
    Given a submitted copper "activate" order for product "AM01"
    When the operator deletes the order through v1
    Then the request is refused with a client error
    And the order is unchanged

  @rule:SUB-EVENT @rule:SUB-DRAFT-ONLY
  Scenario: a complete draft is submitted through v1
    Given a complete draft copper "activate" order for product "AM01"
    When the operator submits the order through v1
    Then the request is accepted
    And the response body is the JSON "{}"
    And the order's status is "submitted"
    And the order's "order-submitted" event carries the order's "reference" as its data "kosc_order_ref"

  @rule:SUB-CONTACT-REQUIRED
  Scenario: an order without an operator contact cannot be submitted through v1
    Given a v1 draft order made with:
      """
      {
        "type": "activate", "activation_type": "activate", "eligibility_ref": "{{eligibility copper activate}}",
        "product": { "code": "AM01" },
        "owner": { "type": "unregistered", "name": "Untel" },
        "contacts": { "owner": { "first_name": "Jean", "last_name": "Untel", "email": "jean@untel.example" } },
        "operator_order_ref": "V1-{{token}}", "operator_order_name": "No contact",
        "endpoints": [ { "endpoint_ref_type": "line_number", "endpoint_ref": "0417101993" } ]
      }
      """
    When the operator submits the order through v1
    Then the request is refused with status 400 naming the field "contacts.operator.contact_uuid"
    And the order's status is "draft"

  @rule:ORD-ENNI-FIELD-V1
  Scenario: an SDSL order without its enni cannot be submitted through v1
    Given a v1 draft order made with:
      """
      {
        "type": "activate", "activation_type": "activate", "eligibility_ref": "{{eligibility copper activate}}",
        "product": { "code": "SD01" },
        "owner": { "type": "unregistered", "name": "Untel" },
        "contacts": {
          "operator": { "contact_uuid": "{{contact}}" },
          "owner": { "first_name": "Jean", "last_name": "Untel", "email": "jean@untel.example" }
        },
        "operator_order_ref": "V1-{{token}}", "operator_order_name": "SDSL without enni",
        "endpoints": [ { "endpoint_ref_type": "line_number", "endpoint_ref": "0417101993" } ]
      }
      """
    When the operator submits the order through v1
    Then the request is refused with status 400 naming the field "enni"
    And the order's status is "draft"

  @rule:ORD-ENNI-FIELD-V1 @rule:ORD-ENTERPRISE-NEEDS-ENNI
  Scenario: an SDSL order with its enni is submitted through v1
    Given a v1 draft order made with:
      """
      {
        "type": "activate", "activation_type": "activate", "eligibility_ref": "{{eligibility copper activate}}",
        "product": { "code": "SD01" },
        "owner": { "type": "unregistered", "name": "Untel" },
        "contacts": {
          "operator": { "contact_uuid": "{{contact}}" },
          "owner": { "first_name": "Jean", "last_name": "Untel", "email": "jean@untel.example" }
        },
        "operator_order_ref": "V1-{{token}}", "operator_order_name": "SDSL with enni",
        "endpoints": [ { "endpoint_ref_type": "line_number", "endpoint_ref": "0417101993" } ],
        "enni": { "enni_vlan": "111", "enni_service_ref": "S20181102_12001" }
      }
      """
    When the operator submits the order through v1
    Then the request is accepted
    And the order's status is "submitted"

  @rule:SUB-DRAFT-ONLY
  Scenario: a submitted order cannot be submitted again through v1
    Given a submitted copper "activate" order for product "AM01"
    When the operator submits the order through v1
    Then the request is refused with a client error
    And the order is unchanged
