@v2 @events @simulator
Feature: Event types and their data
  Each event type carries the data the Events page describes (EVT-DATA, EVT-TYPES).

  @rule:EVT-DATA
  Scenario: a rejection carries its reason and codes
    Given a submitted copper "activate" order for product "AM01"
    When the provider moves the order to "rejected" with the data:
      """
      {"reject_reason": "ar_ko", "reject_code": "CDE_ANNUL", "reject_subcode": "CLI003", "reject_description": null}
      """
    Then the control API accepts it
    And the order's "order-rejected" event has the data "reject_reason" equal to "ar_ko"
    And the order's "order-rejected" event has the data "reject_code" equal to "CDE_ANNUL"
    And the order's "order-rejected" event has the data "reject_subcode" equal to "CLI003"

  @rule:EVT-DATA
  Scenario: a cancellation carries its reason
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "acknowledged, running, pending"
    When the provider moves the order to "cancelled" with the data:
      """
      {"reason": "sensible access"}
      """
    Then the control API accepts it
    And the order's "order-cancelled" event has the data "reason" equal to "sensible access"

  @rule:EVT-DATA @rule:EVT-TYPES
  Scenario Outline: <event> carries <field>
    Given a submitted <technology> "<request type>" order for product "<product>"
    And the provider has moved the order through "acknowledged, running"
    When the provider sends the event "<event>" with the data:
      """
      <data>
      """
    Then the control API accepts it
    And the order's "<event>" event has the data "<field>" equal to "<value>"

    Examples:
      | event                                | technology | request type     | product | data                                                                                   | field             | value                       |
      | order-appointment-agreed             | copper     | create           | AM01    | {"start_date": "2026-12-01T08:00:00.000000Z", "end_date": "2026-12-01T10:00:00.000000Z"} | end_date          | 2026-12-01T10:00:00.000000Z |
      | order-appointment-agreed             | copper     | create           | AM01    | {"start_date": "2026-12-01T08:00:00.000000Z", "end_date": "2026-12-01T10:00:00.000000Z"} | start_date        | 2026-12-01T08:00:00.000000Z |
      | order-localloop-desaturation-planned | copper     | create           | AM01    | {"desaturation_type": "LL_FREE_DESAT"}                                                 | desaturation_type | LL_FREE_DESAT               |
      | order-information-from-provider      | copper     | activate         | AM01    | {"message": "Awaiting the report", "description": "Activation Status Report"}          | description       | Activation Status Report    |
      | order-on-site-intervention-succeeded | fiber      | activate_defined | FP01    | {"message": "Done"}                                                                    | message           | Done                        |
      | order-on-site-intervention-failed    | fiber      | activate_defined | FP01    | {"message": "Nobody home"}                                                             | message           | Nobody home                 |
      | order-appointment-deferred           | fiber      | activate_defined | FP01    | {"message": "Postponed"}                                                               | message           | Postponed                   |

  @rule:EVT-DATA
  Scenario: a fibre appointment has no end date: the provider cannot send one
    Given a submitted fiber "activate_defined" order for product "FP01"
    And the provider has moved the order through "acknowledged, running"
    When the provider sends the event "order-appointment-agreed" with the data:
      """
      {"start_date": "2026-12-01T08:00:00.000000Z", "end_date": "2026-12-01T10:00:00.000000Z"}
      """
    Then the control API refuses it
    And the order has 0 "order-appointment-agreed" events

  @rule:EVT-DATA
  Scenario: on a fibre order an appointment sent without an end shows end_date null
    Given a submitted fiber "activate_defined" order for product "FP01"
    And the provider has moved the order through "acknowledged, running"
    When the provider sends the event "order-appointment-agreed" with the data:
      """
      {"start_date": "2026-12-01T08:00:00.000000Z"}
      """
    Then the control API accepts it
    And the order's "order-appointment-agreed" event has the data "start_date" equal to "2026-12-01T08:00:00.000000Z"
    And the order's "order-appointment-agreed" event has the data "end_date" equal to "null"

  @rule:EVT-TYPES
  Scenario: the control API refuses an event type that does not exist
    Given a submitted copper "activate" order for product "AM01"
    When the provider sends the event "order-teleported"
    Then the control API refuses it
