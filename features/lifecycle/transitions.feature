@v2 @simulator
Feature: How an order moves from status to status
  After the operator submits, Covage moves the order along. The pages lost the state diagram; the
  moves below are the kit's reading (features/RULES.md, ORD-TRANSITIONS). The control API plays
  Covage: it must accept every allowed move and refuse every other one, changing nothing.

  Background:
    Given a submitted copper "activate" order for product "AM01"

  @rule:ORD-TRANSITIONS @rule:EVT-STATUS-CONSISTENT
  Scenario Outline: Covage may move an order <from> → <to>
    Given the provider has moved the order through "<path>"
    When the provider moves the order to "<to>"
    Then the control API accepts it
    And the order's status is "<to>"
    And the order's status events are, oldest first: "<status events>"

    Examples:
      | from         | path                           | to           | status events                                                               |
      | submitted    |                                | acknowledged | order-submitted, order-acknowledged                                         |
      | submitted    |                                | rejected     | order-submitted, order-rejected                                             |
      | acknowledged | acknowledged                   | running      | order-submitted, order-acknowledged, order-running                          |
      | acknowledged | acknowledged                   | rejected     | order-submitted, order-acknowledged, order-rejected                         |
      | running      | acknowledged, running          | pending      | order-submitted, order-acknowledged, order-running                          |
      | running      | acknowledged, running          | held         | order-submitted, order-acknowledged, order-running                          |
      | running      | acknowledged, running          | completed    | order-submitted, order-acknowledged, order-running, order-completed         |
      | running      | acknowledged, running          | rejected     | order-submitted, order-acknowledged, order-running, order-rejected          |
      | pending      | acknowledged, running, pending | running      | order-submitted, order-acknowledged, order-running, order-running           |
      | pending      | acknowledged, running, pending | cancelled    | order-submitted, order-acknowledged, order-running, order-cancelled         |
      | pending      | acknowledged, running, pending | rejected     | order-submitted, order-acknowledged, order-running, order-rejected          |
      | held         | acknowledged, running, held    | running      | order-submitted, order-acknowledged, order-running, order-running           |
      | held         | acknowledged, running, held    | rejected     | order-submitted, order-acknowledged, order-running, order-rejected          |

  @rule:ORD-TRANSITIONS
  Scenario Outline: Covage may not move an order <from> → <to>
    Given the provider has moved the order through "<path>"
    When the provider moves the order to "<to>"
    Then the control API refuses it with status 409 citing "ORD-TRANSITIONS"
    And the order is unchanged

    Examples:
      | from         | path                           | to           |
      | submitted    |                                | running      |
      | submitted    |                                | pending      |
      | submitted    |                                | held         |
      | submitted    |                                | completed    |
      | submitted    |                                | cancelled    |
      | submitted    |                                | draft        |
      | submitted    |                                | submitted    |
      | acknowledged | acknowledged                   | submitted    |
      | acknowledged | acknowledged                   | pending      |
      | acknowledged | acknowledged                   | held         |
      | acknowledged | acknowledged                   | completed    |
      | acknowledged | acknowledged                   | cancelled    |
      | running      | acknowledged, running          | acknowledged |
      | running      | acknowledged, running          | cancelled    |
      | running      | acknowledged, running          | draft        |
      | running      | acknowledged, running          | submitted    |
      | pending      | acknowledged, running, pending | submitted    |
      | pending      | acknowledged, running, pending | held         |
      | pending      | acknowledged, running, pending | completed    |
      | held         | acknowledged, running, held    | pending      |
      | held         | acknowledged, running, held    | completed    |
      | held         | acknowledged, running, held    | cancelled    |

  @rule:ORD-STATUS-TERMINAL
  Scenario Outline: a <final> order never changes status again (to <to>)
    Given the provider has moved the order through "<path>"
    When the provider moves the order to "<to>"
    Then the control API refuses it
    And the order is unchanged

    Examples:
      | final     | path                                      | to           |
      | completed | acknowledged, running, completed          | running      |
      | completed | acknowledged, running, completed          | rejected     |
      | completed | acknowledged, running, completed          | cancelled    |
      | rejected  | rejected                                  | acknowledged |
      | rejected  | rejected                                  | running      |
      | rejected  | rejected                                  | completed    |
      | cancelled | acknowledged, running, pending, cancelled | running      |
      | cancelled | acknowledged, running, pending, cancelled | rejected     |
      | cancelled | acknowledged, running, pending, cancelled | completed    |

  @rule:ORD-STATUS-SET
  Scenario Outline: an order shows only documented statuses (<status>)
    Given the provider has moved the order through "<path>"
    When the operator reads the order
    Then the response field "status" is "<status>"
    And the response field "status" is one of "draft, submitted, acknowledged, running, pending, held, rejected, cancelled, completed"

    Examples:
      | status       | path                                      |
      | submitted    |                                           |
      | acknowledged | acknowledged                              |
      | running      | acknowledged, running                     |
      | pending      | acknowledged, running, pending            |
      | held         | acknowledged, running, held               |
      | completed    | acknowledged, running, completed          |
      | rejected     | acknowledged, rejected                    |
      | cancelled    | acknowledged, running, pending, cancelled |

  @rule:ORD-STATUS-SET
  Scenario: the control API refuses a status that does not exist
    When the provider moves the order to "processing"
    Then the control API refuses it
    And the order is unchanged
