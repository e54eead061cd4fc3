@v2
Feature: Modifying a draft
  PATCH changes only the fields it sends; read-only fields sent are ignored (UPD-V2-PATCH-MERGE, the
  kit's reading). The address can be completed where the request type leaves it to the operator
  (UPD-BOUNDS-ADDRESS), with the stairs the building publishes even where they use characters outside
  the set (CHR-ALLOWED-SET). The operator's order reference is unique (UPD-OPERATOR-REF-UNIQUE). A
  change of request type re-checks the second appointment of FP05 orders (CRT-FP05-SECOND-RDV).

  @interp @rule:UPD-V2-PATCH-MERGE
  Scenario: a PATCH keeps the fields it does not send
    Given a complete draft copper "activate" order for product "AM01"
    When the operator sets "end_customer.contact.phone_number" to "0698765432"
    Then the request is accepted
    And the order's "end_customer.contact.phone_number" is "0698765432"
    And the order's "end_customer.name" has not changed
    And the order's "end_customer.contact.email" has not changed
    And the order's "operator_info.order_ref" has not changed

  @interp @rule:UPD-V2-PATCH-MERGE
  Scenario: the example modification of the pages is accepted as a whole
    Given a draft copper "activate" order for product "AM01"
    When the operator modifies the order with:
      """
      {
        "end_customer": {"type": "unregistered", "name": "Alethkar Palace",
          "contact": {"first_name": "Adolin", "last_name": "Kholin", "email": "adolin.kholin@palace.ak", "phone_number": "0123456789"}},
        "operator_info": {"order_ref": "KIT-{{token}}-PALACE", "order_name": "Alethkar_Palace_Order_1", "contact_uuid": "{{contact}}"},
        "options": {"contract_term": {"enabled": true, "value": "36_months"}}
      }
      """
    Then the request is accepted
    And the response field "end_customer.name" is "Alethkar Palace"
    And the response field "operator_info.order_ref" is "KIT-{{token}}-PALACE"
    And the response field "options.contract_term.value" is "36_months"
    And the response field "status" is "draft"

  @interp @rule:UPD-V2-PATCH-MERGE
  Scenario Outline: a read-only field sent in a PATCH is ignored (<field>)
    Given a complete draft copper "activate" order for product "AM01"
    When the operator tries to set "<field>" to "<value>"
    Then the request is accepted
    And the order's "<field>" has not changed

    Examples:
      | field             | value                                |
      | reference         | O000101_00000                        |
      | uuid              | 00000000-0000-4000-8000-000000000000 |
      | creation_date     | 2001-01-01T00:00:00.000000Z          |
      | product.name      | A better name                        |

  @rule:UPD-BOUNDS-ADDRESS
  Scenario Outline: the <field> of a fiber <request type> order can be set
    Given a draft fiber "<request type>" order for product "FP01"
    When the operator sets the bound address "<field>" to "<value>"
    Then the request is accepted
    And the response field "address.<field>" is "<value>"
    And the order's "bounds[0].address.<field>" is "<value>"

    Examples:
      | request type       | field  | value |
      | create             | stairs | C     |
      | create             | floor  | 1     |
      | activate_undefined | stairs | B     |
      | activate_undefined | floor  | 3     |

  @rule:UPD-BOUNDS-ADDRESS
  Scenario: the street number of a copper create_neighbour order can be set
    Given a draft copper "create_neighbour" order for product "AM01"
    When the operator sets the bound address "street_number" to "24"
    Then the request is accepted
    And the order's "bounds[0].address.street_number" is "24"

  @interp @rule:UPD-BOUNDS-ADDRESS
  Scenario Outline: the address of a <technology> <request type> order is the platform's (<field>)
    Given a draft <technology> "<request type>" order for product "<product>"
    When the operator tries to set the bound address "<field>" to "<value>"
    Then the request is refused with a client error
    And the order is unchanged

    Examples:
      | technology | request type     | product | field         | value |
      | fiber      | activate_defined | FP01    | stairs        | C     |
      | copper     | activate         | AM01    | street_number | 24    |
      | copper     | create           | AM01    | street_number | 24    |
      | copper     | create_neighbour | AM01    | stairs        | C     |

  @rule:UPD-OPERATOR-REF-UNIQUE
  Scenario: two orders cannot share the operator's order reference
    Given order A is a complete draft copper "activate" order for product "AM01"
    And order B is a complete draft copper "activate" order for product "AM01"
    When the operator gives order B the order reference of order A
    Then the request is refused with status 400 naming the field "operator_info.order_ref"

  @rule:UPD-OPERATOR-REF-UNIQUE
  Scenario: a new reference is accepted
    Given a complete draft copper "activate" order for product "AM01"
    When the operator sets "operator_info.order_ref" to "KIT-{{token}}-NEW"
    Then the request is accepted
    And the order's "operator_info.order_ref" is "KIT-{{token}}-NEW"

  @rule:CRT-FP05-SECOND-RDV
  Scenario: an FP05 order keeping its second appointment cannot become a create order
    Given a draft fiber "activate_defined" order for product "FP05" with:
      """
      {"allow_second_rdv": true}
      """
    When the operator tries to set "request_type" to "create"
    Then the request is refused with status 400 naming the field "allow_second_rdv"
    And the order is unchanged

  @rule:CRT-FP05-SECOND-RDV
  Scenario: an FP05 order becomes a create order when the same change gives up the second appointment
    Given a draft fiber "activate_defined" order for product "FP05" with:
      """
      {"allow_second_rdv": true}
      """
    When the operator modifies the order with:
      """
      {"request_type": "create", "allow_second_rdv": false}
      """
    Then the request is accepted
    And the order's "request_type" is "create"
    And the order's "allow_second_rdv" is "false"

  @interp @rule:UPD-BOUNDS-ADDRESS @rule:CHR-ALLOWED-SET @rule:UPD-OTP-FILLS-ADDRESS
  Scenario: the stairs the building publishes can be copied into a fiber address
    Given a draft fiber "create" order for product "FP01"
    When the operator sets the bound address "stairs" to "{{building stairs}}"
    Then the request is accepted
    And the order's "bounds[0].address.stairs" is "{{building stairs}}"
