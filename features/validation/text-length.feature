@v2
Feature: Text lengths
  Every text a client sends has a maximum length: 255 characters, and 1000 for free comments (the
  order's comment, an info message, a cancellation reason). A longer text is refused with 400 naming
  the field, and nothing is stored (TXT-MAX-LENGTH: the pages give no maxima, these are the kit's).

  @rule:TXT-MAX-LENGTH @rule:ERR-ENVELOPE
  Scenario Outline: a text one character over its maximum is refused naming the field (<field>)
    Given a draft copper "activate" order for product "AM01"
    When the operator tries to set "<field>" to "{{<length> characters}}"
    Then the request is refused with status 400 naming the field "<field>"
    And the order is unchanged

    Examples:
      | field                               | length |
      | comment                             | 1001   |
      | end_customer.name                   | 256    |
      | end_customer.contact.last_name      | 256    |
      | end_customer.contact.email          | 256    |
      | operator_info.order_ref             | 256    |
      | operator_info.order_name            | 256    |

  @rule:TXT-MAX-LENGTH
  Scenario Outline: a text of exactly its maximum is kept (<field>)
    Given a draft copper "activate" order for product "AM01"
    When the operator sets "<field>" to "{{<length> characters}}"
    Then the request is accepted
    And the order's "<field>" is "{{<length> characters}}"

    Examples:
      | field                    | length |
      | comment                  | 1000   |
      | end_customer.name        | 255    |
      | operator_info.order_name | 255    |

  @rule:TXT-MAX-LENGTH @rule:EVT-INFO-POST
  Scenario: an info message over 1000 characters is refused and creates no event
    Given a submitted copper "activate" order for product "AM01"
    When the operator sends the info message "{{1001 characters}}"
    Then the request is refused with status 400 naming the field "message"
    And the order has 0 "order-info" events

  @rule:TXT-MAX-LENGTH @rule:UPD-BOUNDS-ADDRESS
  Scenario: a bound address field over 255 characters is refused
    Given a draft fiber "create" order for product "FP01"
    When the operator tries to set the bound address "stairs" to "{{256 characters}}"
    Then the request is refused with status 400 naming the field "address.stairs"
    And the order is unchanged

  @rule:TXT-MAX-LENGTH
  Scenario: a text over its maximum on create is refused naming the field
    When the operator tries to create a copper "activate" order for product "AM01" with:
      """
      {"operator_info": {"order_name": "{{256 characters}}"}}
      """
    Then the request is refused with status 400 naming the field "operator_info.order_name"
