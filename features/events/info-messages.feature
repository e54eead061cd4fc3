@v2 @events
Feature: Info messages from the operator
  The operator can post an info message on a submitted order; it becomes an order-info event
  (EVT-INFO-POST). One message per order every five minutes: a second one within the window is
  throttled and creates nothing (THR-INFO-5MIN); that the throttle answers 429 with Retry-After is
  the kit's reading (@interp).
  Only users of the admin or delivery group may post (AUTH-INFO-GROUPS).

  @rule:EVT-INFO-POST
  Scenario: an info message is accepted with the documented answer and becomes an order-info event
    Given a submitted copper "activate" order for product "AM01"
    When the operator sends the info message "Hello there"
    Then the request is accepted
    And the response field "info" is "Event was successfully created, please wait 5 minutes before trying again on this order"
    And the order has 1 "order-info" event
    And the order's "order-info" event has the data "message" equal to "Hello there"

  @rule:EVT-INFO-POST
  Scenario: an info message can end a deferral
    Given a submitted fiber "activate_defined" order for product "FP01"
    When the operator sends the info message "You fix your ongoing problem" with stop_deferred
    Then the request is accepted
    And the order's "order-info" event has the data "stop_deferred" equal to "true"

  @rule:EVT-INFO-POST
  Scenario: the info endpoint answers without the trailing slash too
    Given a submitted copper "activate" order for product "AM01"
    When the operator sends the info message "No slash" without the trailing slash
    Then the request is accepted
    And the order has 1 "order-info" event

  @rule:EVT-INFO-POST
  Scenario: an info message without a message is refused
    Given a submitted copper "activate" order for product "AM01"
    When the operator sends an info message without a message
    Then the request is refused with status 400 naming the field "message"
    And the order has 0 "order-info" events

  @interp @rule:EVT-MATRIX
  Scenario: a terminate order never receives order-info
    Given a submitted terminate order for an active "AM01" service
    When the operator sends the info message "Hello there"
    Then the request is refused with a client error
    And the order has 0 "order-info" events

  @rule:THR-INFO-5MIN
  Scenario: a second message within five minutes is refused and creates nothing
    Given a submitted copper "activate" order for product "AM01"
    And the operator has sent the info message "first"
    When the operator sends the info message "second"
    Then the request is refused with a client error
    And the order has 1 "order-info" event

  @interp @rule:THR-INFO-5MIN
  Scenario: a second message within five minutes is throttled with 429 and Retry-After
    Given a submitted copper "activate" order for product "AM01"
    And the operator has sent the info message "first"
    When the operator sends the info message "second"
    Then the request is refused with status 429
    And the response header "Retry-After" is a number of seconds between 1 and 300

  @rule:THR-INFO-5MIN
  Scenario: the throttle of one order does not affect another
    Given order A is a submitted copper "activate" order for product "AM01"
    And order B is a submitted copper "activate" order for product "AM01"
    And the operator has sent an info message to order A
    When the operator sends an info message to order B
    Then the request is accepted

  @rule:THR-INFO-5MIN @rule:AUTH-INFO-GROUPS
  Scenario: the window is the order's, whoever of the operator's users writes
    Given a submitted copper "activate" order for product "AM01"
    And the operator has sent the info message "first"
    When a user of the admin group sends the info message "second"
    Then the request is refused with a client error
    And the order has 1 "order-info" event

  @simulator @serial @rule:THR-INFO-5MIN
  Scenario: a throttled message does not restart the window
    Given a submitted copper "activate" order for product "AM01"
    And the operator has sent the info message "first"
    And the simulator clock has advanced 200 seconds
    And the operator's info message "second" has been throttled
    And the simulator clock has advanced 101 seconds
    When the operator sends the info message "third"
    Then the request is accepted
    And the order has 2 "order-info" events

  @simulator @serial @rule:THR-INFO-5MIN
  Scenario: after five minutes a new message is accepted
    Given a submitted copper "activate" order for product "AM01"
    And the operator has sent the info message "first"
    And the simulator clock has advanced 301 seconds
    When the operator sends the info message "second"
    Then the request is accepted
    And the order has 2 "order-info" events

  @simulator @serial @rule:THR-INFO-5MIN
  Scenario: just before five minutes the window is still closed
    Given a submitted copper "activate" order for product "AM01"
    And the operator has sent the info message "first"
    And the simulator clock has advanced 290 seconds
    When the operator sends the info message "second"
    Then the request is refused with a client error
    And the order has 1 "order-info" event

  @simulator @serial @interp @rule:THR-INFO-5MIN
  Scenario: just before five minutes Retry-After gives the seconds left
    Given a submitted copper "activate" order for product "AM01"
    And the operator has sent the info message "first"
    And the simulator clock has advanced 290 seconds
    When the operator sends the info message "second"
    Then the request is refused with status 429
    And the response header "Retry-After" is a number of seconds between 1 and 10

  @rule:AUTH-INFO-GROUPS
  Scenario: a user outside the admin and delivery groups cannot post an info message
    Given a submitted copper "activate" order for product "AM01"
    When a user without group sends the info message "Hello there"
    Then the request is refused with status 403
    And the order has 0 "order-info" events

  @rule:AUTH-INFO-GROUPS
  Scenario: a user of the admin group can post an info message
    Given a submitted copper "activate" order for product "AM01"
    When a user of the admin group sends the info message "From the admin"
    Then the request is accepted
    And the order's "order-info" event has the data "message" equal to "From the admin"

  @rule:AUTH-INFO-GROUPS
  Scenario: a user without group can still read the order
    Given a submitted copper "activate" order for product "AM01"
    When a user without group reads the order
    Then the request is accepted
