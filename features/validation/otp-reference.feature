@v2
Feature: OTP references
  An OTP reference is two or three upper-case letters or digits, then two groups of four letters or
  digits, separated by dashes (OTP-PATTERN). It can be set only on a fiber activate_defined order
  (UPD-OTP-ONLY-ACTIVATE-DEFINED), and fills the bound's stairs and floor from the building
  (UPD-OTP-FILLS-ADDRESS).

  Background:
    Given a draft fiber "activate_defined" order for product "FP01"

  @rule:OTP-PATTERN
  Scenario Outline: the OTP reference <reference> is accepted (<description>)
    When the operator sets the OTP reference to "<reference>"
    Then the request is accepted
    And the response field "reference" is "<reference>"
    And the order's "bounds[0].endpoints[0].reference" is "<reference>"

    Examples:
      | description                        | reference     |
      | the pages' two-letter example      | FI-1234-4234  |
      | the pages' three-letter example    | FIE-2523-4523 |
      | a building OTP                     | FI-4672-5988  |
      | digits in the prefix               | 12-3456-7890  |
      | mixed prefix                       | F1-ABCD-EFGH  |
      | lower-case in the groups           | FI-abcd-efgh  |
      | mixed case in the groups           | FI-aB3d-E5gH  |
      | three digits as prefix             | 123-4567-8901 |
      | three-character mixed prefix       | SF2-0000-zzzz |

  @rule:OTP-PATTERN
  Scenario Outline: the OTP reference "<reference>" is refused (<description>)
    When the operator tries to set the OTP reference to "<reference>"
    Then the request is refused with status 400 naming the field "reference"
    And the order is unchanged

    Examples:
      | description                      | reference       |
      | lower-case prefix                | fi-1234-4234    |
      | one-character prefix             | F-1234-4234     |
      | four-character prefix            | FIEE-1234-4234  |
      | short first group                | FI-123-4234     |
      | long first group                 | FI-12345-4234   |
      | short last group                 | FI-1234-423     |
      | long last group                  | FI-1234-42345   |
      | no dashes                        | FI12344234      |
      | underscores                      | FI_1234_4234    |
      | spaces around                    | \u0020FI-1234-4234 |
      | trailing text                    | FI-1234-4234-X  |
      | empty                            |                 |
      | accented letter                  | FI-12é4-4234    |
      | lower-case three-letter prefix   | fie-2523-4523   |
      | only two groups                  | FI-1234         |
      | a slash                          | FI/1234/4234    |

  @rule:UPD-OTP-FILLS-ADDRESS
  Scenario Outline: setting the building OTP <reference> fills stairs <stairs> and floor <floor>
    When the operator sets the OTP reference to "<reference>"
    Then the request is accepted
    And the order's "bounds[0].address.stairs" is "<stairs>"
    And the order's "bounds[0].address.floor" is "<floor>"

    Examples:
      | reference    | stairs | floor |
      | FI-4672-5988 | NA^1   | 0     |
      | FI-5453-5482 | NA^1   | 1     |
      | FI-4596-2929 | NA^1   | 2     |
      | FI-8307-5400 | NA^1   | 3     |
      | FI-1683-7394 | NA^1   | 4     |
      | FI-4565-8779 | NA^1   | 5     |

  @rule:UPD-OTP-ONLY-ACTIVATE-DEFINED
  Scenario: after changing the request type to activate_defined the OTP can be set
    Given a draft fiber "activate_undefined" order for product "FP01"
    And the order's "request_type" is "activate_defined"
    When the operator sets the OTP reference to "FI-4672-5988"
    Then the request is accepted

  @rule:UPD-OTP-ONLY-ACTIVATE-DEFINED
  Scenario Outline: the OTP cannot be set on a <technology> <request type> order
    Given a draft <technology> "<request type>" order for product "<product>"
    When the operator tries to set the OTP reference to "FI-4672-5988"
    Then the request is refused with a client error
    And the order is unchanged

    Examples:
      | technology | request type       | product |
      | fiber      | create             | FP01    |
      | fiber      | activate_undefined | FP01    |
      | copper     | activate           | AM01    |
