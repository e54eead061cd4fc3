@v2 @events
Feature: Which events each kind of order receives (the events matrix)
  The published "events by type of order" table lost the position of its marks. The table below
  is the kit's reading of it (see features/RULES.md, EVT-MATRIX and EVT-FIBER-SET) and the one
  place the kit keeps it: the scenarios here drive it through the control API, and every scenario
  that reads the events of an order checks them against it (the passive check).
  Marks: X = the order may receive the event; empty = it must never receive it; ~ = not judged
  (order events the published copper table does not list). "status" names the status an event
  reports; "data" is what the kit sends with the event through the control API, valid for every
  column that takes the event (an appointment's end date is null on fibre, so the kit sends none).

  @interp @rule:EVT-MATRIX @rule:EVT-FIBER-SET @rule:EVT-TYPES
  Scenario: the events matrix as the kit reads it
    Given the events matrix:
      | event                                       | status       | data                                                                                   | copper activate | copper line building | terminate | fiber pro |
      | order-submitted                             | submitted    |                                                                                        | X               | X                    | X         | X         |
      | order-dropped                               |              |                                                                                        | X               | X                    | X         |           |
      | order-acknowledged                          | acknowledged |                                                                                        | X               | X                    | X         | X         |
      | order-running                               | running      |                                                                                        | X               | X                    | X         | X         |
      | order-rejected                              | rejected     |                                                                                        | X               | X                    | X         | X         |
      | order-completed                             | completed    |                                                                                        | X               | X                    | X         | X         |
      | order-cancelled                             | cancelled    |                                                                                        | X               | X                    |           | X         |
      | order-localloop-saturation                  |              |                                                                                        |                 | X                    |           |           |
      | order-localloop-desaturation-planned        |              | {"desaturation_type": "LL_FREE_DESAT"}                                                 |                 | X                    |           |           |
      | order-network-saturation                    |              |                                                                                        |                 | X                    |           |           |
      | order-network-desaturation-planned          |              |                                                                                        |                 | X                    |           |           |
      | order-requalified                           |              |                                                                                        |                 | X                    |           |           |
      | order-appointment-confirmed                 |              |                                                                                        |                 | X                    |           |           |
      | order-appointment-declined                  |              |                                                                                        |                 | X                    |           |           |
      | order-appointment-missed                    |              |                                                                                        |                 | X                    |           | X         |
      | order-appointment-agreed                    |              | {"start_date": "2026-12-01T08:00:00.000000Z", "end_date": null}                        |                 | X                    |           | X         |
      | order-sensibleaccess                        |              |                                                                                        | X               |                      |           |           |
      | order-sensibleaccess-orderconfirmed         |              |                                                                                        | X               |                      |           |           |
      | order-delayed                               |              |                                                                                        | X               |                      |           |           |
      | order-delayed-orderconfirmed                |              |                                                                                        | X               |                      |           |           |
      | order-information-from-provider             |              | {"message": "Awaiting the activation report", "description": "Activation report"}      | X               | X                    |           |           |
      | order-info                                  |              | {"message": "A message from the provider"}                                             | X               | X                    |           | X         |
      | order-appointment-deferred                  |              | {"message": "The intervention is postponed"}                                           | ~               | ~                    | ~         | X         |
      | order-on-site-intervention-succeeded        |              | {"message": "Intervention done"}                                                       | ~               | ~                    | ~         | X         |
      | order-on-site-intervention-failed           |              | {"message": "Intervention failed"}                                                     | ~               | ~                    | ~         | X         |
      | order-localloop-desaturation-quote-emitted  |              |                                                                                        | ~               | ~                    | ~         |           |
      | order-localloop-desaturation-quote-accepted |              |                                                                                        | ~               | ~                    | ~         |           |
    Then the events matrix has a column for each kind of order: "copper activate, copper line building, terminate, fiber pro"

  @simulator @rule:EVT-MATRIX @rule:EVT-FIBER-SET
  Scenario Outline: a <kind> order (<request type>) takes the provider events of its column and refuses the others
    Given a submitted <technology> "<request type>" order for product "<product>"
    And the provider has moved the order through "acknowledged, running"
    When the provider sends each non-status event of the events matrix to the order
    Then the control API accepted exactly the events of the "<kind>" column
    And the order's status is "running"

    @interp
    Examples: copper columns (the kit's reading of the lost marks)
      | kind                 | technology | request type     | product |
      | copper activate      | copper     | activate         | AM01    |
      | copper line building | copper     | create           | AM01    |
      | copper line building | copper     | create_nearby    | AM01    |
      | copper line building | copper     | create_neighbour | AM01    |

    Examples: the published Fiber Pro list
      | kind                 | technology | request type     | product |
      | fiber pro            | fiber      | activate_defined | FP01    |
      | fiber pro            | fiber      | create           | FP05    |

    @interp
    Examples: fibre enterprise, given the Fiber Pro list (the kit's reading)
      | kind                 | technology | request type     | product |
      | fiber pro            | fiber      | create           | FE01    |

  @simulator @interp @rule:EVT-MATRIX
  Scenario: a terminate order takes the provider events of its column and refuses the others
    Given a submitted terminate order for an active "AM01" service
    And the provider has moved the order through "acknowledged, running"
    When the provider sends each non-status event of the events matrix to the order
    Then the control API accepted exactly the events of the "terminate" column

  @simulator @interp @rule:EVT-MATRIX
  Scenario: a terminate order is never cancelled
    Given a submitted terminate order for an active "AM01" service
    And the provider has moved the order through "acknowledged, running, pending"
    When the provider moves the order to "cancelled"
    Then the control API refuses it
    And the order is unchanged

  @simulator @interp @rule:EVT-MATRIX
  Scenario Outline: a copper <kind> order may be cancelled
    Given a submitted copper "<request type>" order for product "AM01"
    And the provider has moved the order through "acknowledged, running, pending"
    When the provider moves the order to "cancelled"
    Then the control API accepts it
    And the order's events include "order-cancelled"

    Examples:
      | kind          | request type |
      | activate      | activate     |
      | line building | create       |

  @simulator @rule:EVT-FIBER-SET
  Scenario: a Fiber Pro order may be cancelled
    Given a submitted fiber "activate_defined" order for product "FP01"
    And the provider has moved the order through "acknowledged, running, pending"
    When the provider moves the order to "cancelled"
    Then the control API accepts it
    And the order's events include "order-cancelled"

  @simulator @interp @rule:EVT-MATRIX
  Scenario Outline: a status move carrying an event outside the order's column is refused (<description>)
    Given a submitted copper "<request type>" order for product "AM01"
    And the provider has moved the order through "acknowledged, running"
    When the provider moves the order to "<to>" with the event "<event>"
    Then the control API refuses it
    And the order is unchanged

    Examples:
      | description                                     | request type | to      | event                      |
      | no sensitive access on line building            | create       | pending | order-sensibleaccess       |
      | no delay confirmation on line building          | create       | pending | order-delayed              |
      | no local-loop saturation on an existing line    | activate     | held    | order-localloop-saturation |
      | no network saturation on an existing line       | activate     | held    | order-network-saturation   |

  @simulator @interp @rule:EVT-MATRIX
  Scenario Outline: a status move carrying an event of the order's column is accepted (<description>)
    Given a submitted copper "<request type>" order for product "AM01"
    And the provider has moved the order through "acknowledged, running"
    When the provider moves the order to "<to>" with the event "<event>"
    Then the control API accepts it
    And the order's status is "<to>"
    And the order's events include "<event>"

    Examples:
      | description                                | request type | to      | event                      |
      | sensitive access on an existing line       | activate     | pending | order-sensibleaccess       |
      | delay on an existing line                  | activate     | pending | order-delayed              |
      | local-loop saturation on line building     | create       | held    | order-localloop-saturation |
      | network saturation on line building        | create       | held    | order-network-saturation   |

  @simulator @interp @rule:EVT-MATRIX
  Scenario: reading an order's events checks them against its column
    Given a submitted copper "create" order for product "AM01"
    And the provider has moved the order through "acknowledged, running"
    And the provider has sent the event "order-appointment-agreed" with the data:
      """
      {"start_date": "2026-12-01T08:00:00.000000Z", "end_date": "2026-12-01T10:00:00.000000Z"}
      """
    When the operator reads the order's events
    Then the events read are, oldest first: "order-submitted, order-acknowledged, order-running, order-appointment-agreed"
