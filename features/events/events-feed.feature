@v2 @events
Feature: The events feed
  /api/events/ lists the operator's events, newest event_date first by default (EVT-DEFAULT-ORDER);
  sorted by creation_date, the sort_value cursor gives every later event once, late ones included
  (EVT-CURSOR); object_type, object_uuid and limit/size narrow it (EVT-FILTERS); one event can be
  read by its uuid (EVT-GET-ONE).

  @rule:EVT-FIELDS
  Scenario: every event carries the documented fields
    Given a submitted copper "activate" order for product "AM01"
    When the operator reads the order's events
    Then every event read carries the fields:
      | field             |
      | model             |
      | event_uuid        |
      | type              |
      | object_type       |
      | object_uuid       |
      | creation_date     |
      | modification_date |
      | event_date        |
      | data              |
      | sort_value        |
    And every event read has "model" equal to "event"
    And every event read has "object_type" equal to "order"
    And every event read has "object_uuid" equal to "{{order}}"

  @rule:EVT-DEFAULT-ORDER
  Scenario: by default the feed is sorted by event_date, newest first
    Given order A is a submitted copper "activate" order for product "AM01"
    And order B is a submitted copper "activate" order for product "AM01"
    When the operator reads the events feed with ""
    Then the events read are sorted by "event_date" descending

  @simulator @rule:EVT-DEFAULT-ORDER
  Scenario: an order's events by default come newest event_date first, a late event after older ones
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "acknowledged"
    And the provider has sent the event "order-sensibleaccess" dated 3 hours earlier
    And the provider has moved the order through "running"
    When the operator reads the events feed with "object_type=order&object_uuid={{order}}"
    Then the events read are, in this order: "order-running, order-acknowledged, order-submitted, order-sensibleaccess"
    And the events read are sorted by "event_date" descending

  @simulator @rule:EVT-CURSOR
  Scenario: sorted by creation date the events come oldest first
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "acknowledged, running"
    When the operator reads the events feed with "object_type=order&object_uuid={{order}}&sort=creation_date"
    Then the events read are, oldest first: "order-submitted, order-acknowledged, order-running"
    And the events read are sorted by "creation_date" ascending

  @simulator @rule:EVT-CURSOR
  Scenario: after the cursor come only later events, even one dated in the past
    Given a submitted copper "activate" order for product "AM01"
    And the operator has read the order's events and kept the cursor
    And the provider has moved the order through "acknowledged"
    And the provider has sent the event "order-sensibleaccess" dated 3 hours earlier
    When the operator reads the order's events after the cursor
    Then the events read are, oldest first: "order-acknowledged, order-sensibleaccess"

  @simulator @rule:EVT-CURSOR
  Scenario: walking the feed one event at a time gives every event once, in order
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "acknowledged, running"
    And the provider has sent the event "order-delayed" dated 2 hours earlier
    And the provider has moved the order through "completed"
    When the operator walks the order's events 1 at a time with the cursor
    Then the walk saw every event of the order exactly once, oldest first
    And the events read are, oldest first: "order-submitted, order-acknowledged, order-running, order-delayed, order-completed"

  @simulator @rule:EVT-CURSOR
  Scenario: walking the feed two events at a time gives every event once, in order
    Given a submitted copper "create" order for product "AM01"
    And the provider has moved the order through "acknowledged, running"
    And the provider has sent the event "order-requalified" dated 5 hours earlier
    And the provider has sent the event "order-appointment-confirmed"
    When the operator walks the order's events 2 at a time with the cursor
    Then the walk saw every event of the order exactly once, oldest first

  @rule:EVT-FILTERS
  Scenario: object_uuid keeps the events of one order
    Given order A is a submitted copper "activate" order for product "AM01"
    And order B is a submitted copper "activate" order for product "AM01"
    When the operator reads the events feed with "object_uuid={{order B}}"
    Then every event read has "object_uuid" equal to "{{order B}}"
    And the events read are, oldest first: "order-submitted"

  @rule:EVT-FILTERS
  Scenario: object_type keeps the events of one kind of object
    Given a submitted copper "activate" order for product "AM01"
    When the operator reads the events feed with "object_type=order&limit=50"
    Then every event read has "object_type" equal to "order"

  @simulator @rule:EVT-FILTERS
  Scenario: object_type=service keeps only service events
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "acknowledged, running, completed"
    When the operator reads the events feed with "object_type=service&limit=50"
    Then every event read has "object_type" equal to "service"

  @simulator @rule:EVT-FILTERS
  Scenario Outline: <parameter> bounds a page
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "acknowledged, running"
    When the operator reads the events feed with "object_uuid={{order}}&<parameter>=2"
    Then the response is a list of 2 items

    Examples:
      | parameter |
      | limit     |
      | size      |

  @rule:EVT-GET-ONE
  Scenario: one event can be read by its uuid
    Given a submitted copper "activate" order for product "AM01"
    When the operator reads the order's first event by its uuid
    Then the request is accepted
    And the response field "type" is "order-submitted"
    And the response field "object_uuid" is "{{order}}"
    And the response field "model" is "event"

  @rule:EVT-GET-ONE
  Scenario: an unknown event is not found
    When the operator reads the event "00000000-0000-4000-8000-000000000000"
    Then the request is refused with status 404

  @simulator @interp @rule:EVT-STATUS-CONSISTENT
  Scenario: an order's status events replay its history
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "acknowledged, running, pending, running, held, running"
    When the provider moves the order to "completed"
    Then the control API accepts it
    And the order's status events are, oldest first: "order-submitted, order-acknowledged, order-running, order-running, order-running, order-completed"

  @simulator @interp @rule:EVT-STATUS-CONSISTENT
  Scenario: the control API cannot send a status event without the status change
    Given a submitted copper "activate" order for product "AM01"
    When the provider sends the event "order-completed"
    Then the control API refuses it
    And the order is unchanged
