@v2
Feature: Building verticality
  For fibre orders the buildings endpoint gives the stairs and floors of a building, and with
  include_otp_ref the OTPs of each floor; these are the values an OTP reference fills into the
  order's address (UPD-OTP-FILLS-ADDRESS).

  @rule:UPD-OTP-FILLS-ADDRESS
  Scenario: the building lists its stairs and floors
    When the operator reads the building "{{building}}" with "include_stairs=true"
    Then the request is accepted
    And the response field "building_ref" is "{{building}}"
    And the response field "stairs.NA^1" contains "0"
    And the response field "stairs.NA^1" contains "5"

  @rule:UPD-OTP-FILLS-ADDRESS
  Scenario Outline: the building lists OTP <reference> on floor <floor>
    When the operator reads the building "{{building}}" with "include_otp_ref=true"
    Then the request is accepted
    And the response field "stairs_with_otp_ref.NA^1.<floor>" contains "<reference>"

    Examples:
      | reference    | floor |
      | FI-4672-5988 | 0     |
      | FI-6250-6687 | 1     |
      | FI-5262-3682 | 2     |
      | FI-9987-4127 | 3     |
      | FI-4941-3838 | 4     |
      | FI-4565-9406 | 5     |
