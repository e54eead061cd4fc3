@v2 @simulator @interp
Feature: How an order moves from status to status
  After the operator submits, Covage moves the order along. The pages lost the state diagram; the
  moves below are the kit's reading (features/RULES.md, ORD-TRANSITIONS). The control API plays
  Covage: it must accept every allowed move and refuse every other one, changing nothing. The moves
  are tried on copper activate orders, then on Fiber Pro, copper line-building and terminate orders.

  @rule:ORD-TRANSITIONS @rule:EVT-STATUS-CONSISTENT
  Scenario Outline: Covage may move an order <from> → <to>
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "<path>"
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
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "<path>"
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
      | pending      | acknowledged, running, pending | acknowledged |
      | pending      | acknowledged, running, pending | submitted    |
      | held         | acknowledged, running, held    | pending      |
      | held         | acknowledged, running, held    | completed    |
      | held         | acknowledged, running, held    | cancelled    |
      | held         | acknowledged, running, held    | acknowledged |
      | held         | acknowledged, running, held    | submitted    |
      | submitted    |                                | submitted    |
      | acknowledged | acknowledged                   | acknowledged |
      | running      | acknowledged, running          | running      |
      | pending      | acknowledged, running, pending | pending      |
      | held         | acknowledged, running, held    | held         |

  @rule:ORD-TRANSITIONS
  Scenario Outline: Covage cannot move a draft to <to>
    Given a complete draft copper "activate" order for product "AM01"
    When the provider moves the order to "<to>"
    Then the control API refuses it
    And the order is unchanged

    Examples:
      | to           |
      | submitted    |
      | acknowledged |
      | rejected     |
      | cancelled    |

  @rule:ORD-TRANSITIONS @rule:EVT-STATUS-CONSISTENT
  Scenario Outline: Covage may move a <kind> order <from> → <to>
    Given a submitted <technology> "<request type>" order for product "<product>"
    And the provider has moved the order through "<path>"
    When the provider moves the order to "<to>"
    Then the control API accepts it
    And the order's status is "<to>"
    And the order's status events are, oldest first: "<status events>"

    Examples:
      | kind                 | technology | request type     | product | from         | path                           | to           | status events                                                       |
      | Fiber Pro            | fiber      | activate_defined | FP01    | submitted    |                                | acknowledged | order-submitted, order-acknowledged                                 |
      | Fiber Pro            | fiber      | activate_defined | FP01    | acknowledged | acknowledged                   | running      | order-submitted, order-acknowledged, order-running                  |
      | Fiber Pro            | fiber      | activate_defined | FP01    | running      | acknowledged, running          | completed    | order-submitted, order-acknowledged, order-running, order-completed |
      | Fiber Pro            | fiber      | activate_defined | FP01    | pending      | acknowledged, running, pending | cancelled    | order-submitted, order-acknowledged, order-running, order-cancelled |
      | Fiber Pro            | fiber      | create           | FP01    | held         | acknowledged, running, held    | running      | order-submitted, order-acknowledged, order-running, order-running   |
      | copper line building | copper     | create           | AM01    | submitted    |                                | rejected     | order-submitted, order-rejected                                     |
      | copper line building | copper     | create_nearby    | AM01    | running      | acknowledged, running          | held         | order-submitted, order-acknowledged, order-running                  |
      | copper line building | copper     | create_neighbour | AM01    | running      | acknowledged, running          | completed    | order-submitted, order-acknowledged, order-running, order-completed |

  @rule:ORD-TRANSITIONS
  Scenario Outline: Covage may not move a <kind> order <from> → <to>
    Given a submitted <technology> "<request type>" order for product "<product>"
    And the provider has moved the order through "<path>"
    When the provider moves the order to "<to>"
    Then the control API refuses it
    And the order is unchanged

    Examples:
      | kind                 | technology | request type     | product | from         | path                  | to           |
      | Fiber Pro            | fiber      | activate_defined | FP01    | submitted    |                       | completed    |
      | Fiber Pro            | fiber      | activate_defined | FP01    | running      | acknowledged, running | acknowledged |
      | Fiber Pro            | fiber      | create           | FP01    | acknowledged | acknowledged          | held         |
      | copper line building | copper     | create           | AM01    | submitted    |                       | running      |
      | copper line building | copper     | create_nearby    | AM01    | running      | acknowledged, running | cancelled    |
      | copper line building | copper     | create_neighbour | AM01    | acknowledged | acknowledged          | acknowledged |

  @rule:ORD-TRANSITIONS
  Scenario Outline: Covage may not move a submitted terminate order to <to>
    Given a submitted terminate order for an active "AM01" service
    When the provider moves the order to "<to>"
    Then the control API refuses it
    And the order is unchanged

    Examples:
      | to        |
      | draft     |
      | running   |
      | pending   |
      | held      |

  @rule:ORD-STATUS-TERMINAL
  Scenario Outline: a <final> order never changes status again (to <to>)
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "<path>"
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
  Scenario Outline: an order shows the status it was moved to (<status>)
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "<path>"
    When the operator reads the order
    Then the response field "status" is "<status>"

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
    Given a submitted copper "activate" order for product "AM01"
    When the provider moves the order to "processing"
    Then the control API refuses it
    And the order is unchanged
