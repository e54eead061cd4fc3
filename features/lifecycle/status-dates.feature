@v2
Feature: Status dates
  Entering a status stamps its date; creation_date is set once, modification_date moves with every
  change and updated_status_date with every status change (ORD-STATUS-DATES). A date is checked
  against the order's own history: stamped no earlier than the order's last change before the
  action and no later than its modification_date after it; dates stamped by earlier statuses keep
  their value.

  @rule:ORD-STATUS-DATES
  Scenario: a new draft carries no milestone date yet
    Given a draft copper "activate" order for product "AM01"
    When the operator reads the order
    Then the response field "submission_date" is null or absent
    And the response field "acknowledged_date" is null or absent
    And the response field "processing_date" is null or absent
    And the response field "held_date" is null or absent
    And the response field "completion_date" is null or absent
    And the response field "cancellation_date" is null or absent
    And the response field "rejection_date" is null or absent

  @interp @rule:ORD-STATUS-DATES
  Scenario: a modification moves modification_date and nothing else
    Given a draft copper "activate" order for product "AM01"
    When the operator sets "comment" to "please call before coming"
    Then the request is accepted
    And the order's "modification_date" has changed
    And the order's "creation_date" has not changed
    And the order's "updated_status_date" has not changed

  @rule:ORD-STATUS-DATES
  Scenario: submitting stamps submission_date and updated_status_date with the time of the submit
    Given a complete draft copper "activate" order for product "AM01"
    When the operator submits the order
    Then the request is accepted
    And the order's "submission_date" was stamped by this change
    And the order's "updated_status_date" was stamped by this change
    And the order's "creation_date" has not changed

  @simulator @rule:ORD-STATUS-DATES
  Scenario Outline: entering <status> stamps <date field> with the time of the move
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "<path>"
    When the provider moves the order to "<status>"
    Then the control API accepts it
    And the order's "<date field>" was stamped by this change
    And the order's "updated_status_date" was stamped by this change
    And the order's "modification_date" has changed

    Examples:
      | status       | path                           | date field        |
      | acknowledged |                                | acknowledged_date |
      | running      | acknowledged                   | processing_date   |
      | held         | acknowledged, running          | held_date         |
      | completed    | acknowledged, running          | completion_date   |
      | cancelled    | acknowledged, running, pending | cancellation_date |
      | rejected     | acknowledged                   | rejection_date    |

  @simulator @rule:ORD-STATUS-DATES
  Scenario Outline: moving to <status> keeps the dates earlier statuses stamped
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "<path>"
    When the provider moves the order to "<status>"
    Then the control API accepts it
    And the order's dates "creation_date, <kept>" have not changed

    Examples:
      | status    | path                           | kept                                               |
      | running   | acknowledged                   | submission_date, acknowledged_date                 |
      | held      | acknowledged, running          | submission_date, acknowledged_date, processing_date |
      | completed | acknowledged, running          | submission_date, acknowledged_date, processing_date |
      | cancelled | acknowledged, running, pending | submission_date, acknowledged_date, processing_date |
      | rejected  | acknowledged                   | submission_date, acknowledged_date                 |

  @simulator @rule:ORD-STATUS-DATES
  Scenario: held_date keeps the last time the order was held
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "acknowledged, running, held, running"
    When the provider moves the order to "held"
    Then the control API accepts it
    And the order's "held_date" was stamped by this change

  @simulator @rule:ORD-STATUS-DATES
  Scenario Outline: processing_date keeps the first start of processing when the order resumes from <status>
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "acknowledged, running, <status>"
    When the provider moves the order to "running"
    Then the control API accepts it
    And the order's "processing_date" has not changed
    And the order's "updated_status_date" has changed

    Examples:
      | status  |
      | pending |
      | held    |
