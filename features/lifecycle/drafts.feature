@v2 @simulator
Feature: Covage does not act on drafts
  A draft belongs to the operator until it is submitted: no provider event and no provider-side
  status change reaches it (SUB-NO-PROVIDER-ACTION-ON-DRAFT). The control API, which plays
  Covage, refuses them with 409 and leaves the draft as it was.

  @rule:SUB-NO-PROVIDER-ACTION-ON-DRAFT
  Scenario Outline: the provider cannot move a <request type> draft to <to>
    Given a complete draft copper "<request type>" order for product "AM01"
    When the provider moves the order to "<to>"
    Then the control API refuses it with status 409 citing "SUB-NO-PROVIDER-ACTION-ON-DRAFT"
    And the order is unchanged
    And the order has 0 "order-<to>" events

    Examples:
      | request type | to           |
      | activate     | submitted    |
      | activate     | acknowledged |
      | activate     | running      |
      | activate     | rejected     |
      | activate     | cancelled    |
      | create       | completed    |

  @rule:SUB-NO-PROVIDER-ACTION-ON-DRAFT
  Scenario Outline: the provider cannot send <event> to a <technology> <request type> draft
    Given a complete draft <technology> "<request type>" order for product "<product>"
    When the provider sends the event "<event>"
    Then the control API refuses it with status 409 citing "SUB-NO-PROVIDER-ACTION-ON-DRAFT"
    And the order is unchanged
    And the order has 0 "<event>" events

    Examples:
      | technology | request type     | product | event                                |
      | copper     | activate         | AM01    | order-sensibleaccess                 |
      | copper     | activate         | AM01    | order-information-from-provider      |
      | copper     | activate         | AM01    | order-info                           |
      | copper     | create           | AM01    | order-appointment-agreed             |
      | copper     | create           | AM01    | order-localloop-saturation           |
      | fiber      | activate_defined | FP01    | order-on-site-intervention-succeeded |
