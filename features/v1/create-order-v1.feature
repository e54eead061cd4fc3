@v1
Feature: Creating orders through API v1
  POST /api/orders/ takes the v1 shape (type, activation_type, eligibility_ref, product.code,
  endpoints, owner, contacts, ...) and answers the whole order with the provider-set fields
  (CRT-RESPONSE). The kit accepts the v1 page's example as written: its option key "grt" is read as
  "gtr" and its owner type "unregistrated" as "unregistered".

  @interp @rule:CRT-RESPONSE @rule:ORD-INITIAL-DRAFT @rule:ORD-REFERENCE-FORMAT @rule:ORD-PRODUCT-EXPANSION
  Scenario: the v1 page's example request is accepted as written
    When the operator creates a v1 order with:
      """
      {
        "type": "activate",
        "activation_type": "activate",
        "eligibility_ref": "{{eligibility copper activate}}",
        "product": { "code": "SD01" },
        "options": { "grt": { "value": "4h_bhbd", "enabled": true } },
        "contacts": {
          "operator": { "contact_uuid": "{{contact}}" },
          "owner": { "phone_number": "0123456789", "email": "email@domain.com", "first_name": "Prénom", "last_name": "Nom" }
        },
        "operator_order_ref": "UNTEL-{{token}}",
        "operator_order_name": "Commande pour client Untel",
        "comment": "Commentaires",
        "activation_info": { "mandate_id": "01234567" },
        "owner": { "type": "unregistrated", "name": "Untel" },
        "endpoints": [ { "endpoint_ref_type": "line_number", "endpoint_ref": "0143340043" } ],
        "address": {
          "street_name": "RUE DU CAPITAINE GUYNEMER", "rivoli_code": "1440", "floor": "03",
          "city": "COURBEVOIE", "insee_code": "92026", "street_number": "00044"
        },
        "enni": { "enni_vlan": "111", "enni_service_ref": "S20181102_12001" }
      }
      """
    Then the request is accepted
    And the response field "model" is "order"
    And the response field "status" is "draft"
    And the response field "order_uuid" is present
    And the response field "operator_uuid" is present
    And the response field "product.code" is "SD01"
    And the response field "product.line.family.code" is "S"
    And the response field "product.name" is present
    And the response field "options.gtr.value" is "4h_bhbd"
    And the response field "options.gtr.default_value" is present
    And the response field "owner.type" is "unregistered"
    And the response field "contacts.operator.contact_uuid" is "{{contact}}"
    And the response field "activation_info.mandate_id" is "01234567"
    And the response field "enni.enni_vlan" is "111"

  @rule:CRT-ENDPOINTS-V1
  Scenario: an activate order needs endpoints
    When the operator tries to create a v1 order with:
      """
      { "type": "activate", "activation_type": "activate", "eligibility_ref": "{{eligibility copper activate}}", "product": { "code": "AM01" } }
      """
    Then the request is refused with status 400 naming the field "endpoints"

  @rule:CRT-ENDPOINTS-V1
  Scenario: an activate order with its endpoints is accepted
    When the operator creates a v1 order with:
      """
      {
        "type": "activate", "activation_type": "activate", "eligibility_ref": "{{eligibility copper activate}}",
        "product": { "code": "AM01" },
        "endpoints": [ { "endpoint_ref_type": "line_number", "endpoint_ref": "0417101993" } ]
      }
      """
    Then the request is accepted
    And the response field "endpoints[0].endpoint_ref_type" is "line_number"
    And the response field "endpoints[0].endpoint_ref" is present

  @rule:CRT-ENDPOINTS-V1
  Scenario Outline: a "<activation type>" order builds a line: no endpoints, a reference endpoint
    When the operator creates a v1 order with:
      """
      { "type": "activate", "activation_type": "<activation type>", "eligibility_ref": "{{eligibility copper <activation type>}}", "product": { "code": "AM01" } }
      """
    Then the request is accepted
    And the response field "reference_endpoint.endpoint_ref" is present
    And the v1 answer shows no endpoints

    Examples:
      | activation type  |
      | create           |
      | create_nearby    |
      | create_neighbour |

  @rule:CRT-ENDPOINTS-V1
  Scenario: a line-building order sent with endpoints is refused
    When the operator tries to create a v1 order with:
      """
      {
        "type": "activate", "activation_type": "create", "eligibility_ref": "{{eligibility copper create}}",
        "product": { "code": "AM01" },
        "endpoints": [ { "endpoint_ref_type": "line_number", "endpoint_ref": "0417101994" } ]
      }
      """
    Then the request is refused with status 400 naming the field "endpoints"

  @rule:ORD-BATCH-ALIAS
  Scenario: a batch alias in the BYYMMDD_XXXXX format is kept
    When the operator creates a v1 order with:
      """
      {
        "type": "activate", "activation_type": "activate", "eligibility_ref": "{{eligibility copper activate}}",
        "product": { "code": "AM01" }, "batch_alias": "B170516_00001",
        "endpoints": [ { "endpoint_ref_type": "line_number", "endpoint_ref": "0417101993" } ]
      }
      """
    Then the request is accepted
    And the response field "batch_alias" is "B170516_00001"

  @rule:ORD-BATCH-ALIAS
  Scenario Outline: the batch alias "<alias>" is refused
    When the operator tries to create a v1 order with:
      """
      {
        "type": "activate", "activation_type": "activate", "eligibility_ref": "{{eligibility copper activate}}",
        "product": { "code": "AM01" }, "batch_alias": "<alias>",
        "endpoints": [ { "endpoint_ref_type": "line_number", "endpoint_ref": "0417101993" } ]
      }
      """
    Then the request is refused with status 400 naming the field "batch_alias"

    Examples:
      | alias          |
      | O170516_00001  |
      | B17051_00001   |
      | B170516-00001  |
      | batch-1        |

  @rule:ORD-ORIGIN
  Scenario: origin is set by the provider and cannot be written
    When the operator creates a v1 order with:
      """
      {
        "type": "activate", "activation_type": "activate", "eligibility_ref": "{{eligibility copper activate}}",
        "product": { "code": "AM01" }, "origin": "mass_migration",
        "endpoints": [ { "endpoint_ref_type": "line_number", "endpoint_ref": "0417101993" } ]
      }
      """
    Then the request is accepted
    And the response field "origin" is "standard"

  @rule:ORD-ENNI-READONLY
  Scenario: an ENNI order reads through v1
    Given the ENNI order of the operator
    When the operator reads the order through v1
    Then the request is accepted
    And the response field "model" is "order"
    And the response field "product.line.family.code" is "N"

  @rule:ORD-ENNI-POP
  Scenario: an ENNI order shows the POP that hosts it through v1
    Given the ENNI order of the operator
    When the operator reads the order through v1
    Then the request is accepted
    And the response field "pop.address" is present
    And the response field "pop.code" is present
    And the response field "pop.housing" is present
    And the response field "pop.interface" is present
    And the response field "options.gtr.default_value" is "4h_24_7"

  @rule:ORD-ENNI-READONLY
  Scenario: an ENNI order cannot be replaced through v1
    Given the ENNI order of the operator
    When the operator tries to replace the order through v1 with:
      """
      { "comment": "let me change this" }
      """
    Then the request is refused with a client error
    And the order is unchanged
