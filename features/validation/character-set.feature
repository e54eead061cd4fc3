@v2
Feature: The character set of end-customer and address fields
  Everything written into end_customer and bounds fields must use the characters the pages list:
  space, non-breaking space, ( ) + , - . 0-9 : A-Z @ [ ] _ a-z { } and the lower-case letters
  à â ä ç è é ê ë î ï ô ö ù û ü. Anything else is refused naming the field (CHR-ALLOWED-SET).
  Escapes: \t is a tab, \u00A0 a non-breaking space, \\ a backslash, \" a double quote.

  @rule:CHR-ALLOWED-SET
  Scenario Outline: <class> are accepted in <field>
    Given a draft copper "activate" order for product "AM01"
    When the operator sets "<field>" to "<text>"
    Then the request is accepted
    And the order's "<field>" is "<text>"

    Examples: name
      | class                | field             | text                       |
      | upper-case letters   | end_customer.name | ABCDEFGHIJKLMNOPQRSTUVWXYZ |
      | lower-case letters   | end_customer.name | abcdefghijklmnopqrstuvwxyz |
      | digits               | end_customer.name | 0123456789                 |
      | punctuation          | end_customer.name | ()+,-.:@[]_{}              |
      | accented lower-case  | end_customer.name | àâäçèéêëîïôöùûü            |
      | spaces               | end_customer.name | Kholin and Sons            |
      | non-breaking space   | end_customer.name | Kholin\u00A0Sons           |

    Examples: contact
      | class                | field                         | text                       |
      | upper-case letters   | end_customer.contact.last_name | ABCDEFGHIJKLMNOPQRSTUVWXYZ |
      | lower-case letters   | end_customer.contact.last_name | abcdefghijklmnopqrstuvwxyz |
      | digits               | end_customer.contact.phone_number | 0123456789              |
      | punctuation          | end_customer.contact.last_name | ()+,-.:@[]_{}              |
      | accented lower-case  | end_customer.contact.first_name | àâäçèéêëîïôöùûü           |
      | e-mail characters    | end_customer.contact.email    | adolin.kholin@palace.ak    |
      | non-breaking space   | end_customer.contact.first_name | Jean\u00A0Paul            |

  @rule:CHR-ALLOWED-SET @rule:UPD-BOUNDS-ADDRESS
  Scenario Outline: <class> are accepted in a fiber address's <field>
    Given a draft fiber "create" order for product "FP01"
    When the operator sets the bound address "<field>" to "<text>"
    Then the request is accepted
    And the order's "bounds[0].address.<field>" is "<text>"

    Examples:
      | class               | field  | text                       |
      | upper-case letters  | stairs | ABCDEFGHIJKLMNOPQRSTUVWXYZ |
      | lower-case letters  | stairs | abcdefghijklmnopqrstuvwxyz |
      | digits              | floor  | 0123456789                 |
      | punctuation         | stairs | ()+,-.:@[]_{}              |
      | accented lower-case | stairs | àâäçèéêëîïôöùûü            |
      | spaces              | stairs | Bat A                      |
      | non-breaking space  | floor  | 1\u00A0bis                 |

  @rule:CHR-ALLOWED-SET @rule:UPD-BOUNDS-ADDRESS
  Scenario Outline: <class> are accepted in a copper neighbour's street number
    Given a draft copper "create_neighbour" order for product "AM01"
    When the operator sets the bound address "street_number" to "<text>"
    Then the request is accepted
    And the order's "bounds[0].address.street_number" is "<text>"

    Examples:
      | class               | text      |
      | digits              | 24        |
      | letters             | 24 bis B  |
      | punctuation         | 24-26     |

  @rule:CHR-ALLOWED-SET
  Scenario Outline: <description> is refused in the end customer's name
    Given a draft copper "activate" order for product "AM01"
    When the operator tries to set "end_customer.name" to "Kholin<text>Sons"
    Then the request is refused with status 400 naming the field "end_customer.name"
    And the order is unchanged

    Examples:
      | description              | text    |
      | an apostrophe            | '       |
      | a slash                  | /       |
      | an ampersand             | &       |
      | an exclamation mark      | !       |
      | a double quote           | \"      |
      | the euro sign            | €       |
      | an upper-case É          | É       |
      | an upper-case À          | À       |
      | an upper-case Ç          | Ç       |
      | a tab                    | \t      |
      | an emoji                 | 😀      |
      | a hash                   | #       |
      | a semicolon              | ;       |
      | a question mark          | ?       |
      | an asterisk              | *       |
      | a percent sign           | %       |
      | a less-than sign         | <       |
      | a backslash              | \\\\    |
      | a German sharp s         | ß       |
      | an a with acute accent   | á       |
      | an n with tilde          | ñ       |
      | a new line               | \u000A  |
      | a dollar sign            | $       |

  @rule:CHR-ALLOWED-SET
  Scenario Outline: <description> is refused in <field>
    Given a draft copper "activate" order for product "AM01"
    When the operator tries to set "<field>" to "<text>"
    Then the request is refused with status 400 naming the field "<field>"
    And the order is unchanged

    Examples:
      | description       | field                           | text          |
      | an apostrophe     | end_customer.contact.last_name  | O'Brien       |
      | a slash           | end_customer.contact.first_name | Jean/Paul     |
      | an ampersand      | end_customer.name               | Kholin & Sons |
      | an upper-case É   | end_customer.contact.first_name | Élise         |
      | an emoji          | end_customer.contact.last_name  | Kholin 😀     |
      | the euro sign     | end_customer.contact.phone_number | 0123€       |

  @rule:CHR-ALLOWED-SET @rule:UPD-BOUNDS-ADDRESS
  Scenario Outline: <description> is refused in a fiber address's <field>
    Given a draft fiber "create" order for product "FP01"
    When the operator tries to set the bound address "<field>" to "<text>"
    Then the request is refused with status 400 naming the field "address.<field>"
    And the order is unchanged

    Examples:
      | description                           | field  | text  |
      | an apostrophe                         | stairs | C'    |
      | a slash                               | stairs | A/B   |
      | an ampersand                          | stairs | A & B |
      | an exclamation mark                   | floor  | 1!    |
      | a double quote                        | stairs | \"C\" |
      | the euro sign                         | floor  | €     |
      | an upper-case É                       | stairs | É     |
      | an upper-case À                       | stairs | À     |
      | a tab                                 | floor  | 1\t2  |
      | an emoji                              | stairs | 🏢     |
      | a hash                                | floor  | #1    |
      | a caret the building does not publish | stairs | A^B   |

  @interp @rule:CHR-ALLOWED-SET
  Scenario: a provider-set value outside the set is not the operator's problem
    When the operator creates a fiber "create" order for product "FP01"
    Then the request is accepted
    And the response field "bounds[0].address.building_code" matches "^IMB/"

  @rule:CHR-ALLOWED-SET
  Scenario: a forbidden character written as a JSON escape is still refused
    Given a draft copper "activate" order for product "AM01"
    When the operator sends PATCH "/api/v2/orders/{{order}}/" with the body '{"end_customer": {"name": "O\u0027Brien"}}'
    Then the request is refused with status 400 naming the field "end_customer.name"
    And the order is unchanged

  @rule:CHR-ALLOWED-SET
  Scenario: a forbidden character is refused on creation too
    When the operator tries to create a copper "activate" order for product "AM01" with:
      """
      {"end_customer": {"type": "unregistered", "name": "Kholin & Sons"}}
      """
    Then the request is refused with status 400 naming the field "end_customer.name"
