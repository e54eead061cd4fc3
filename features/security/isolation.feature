@v2
Feature: Each operator sees only its own orders
  Another operator's order is answered as if it did not exist (404), and never shows its data
  (AUTH-ISOLATION, the kit's reading).

  Background:
    Given a submitted copper "activate" order for product "AM01"

  @rule:AUTH-ISOLATION
  Scenario: another operator cannot read the order
    When another operator reads the order
    Then the request is refused with status 404

  @rule:AUTH-ISOLATION
  Scenario: another operator cannot modify the order
    When another operator modifies the order's "comment" to "mine now"
    Then the request is refused with status 404
    And the order is unchanged

  @rule:AUTH-ISOLATION
  Scenario: another operator cannot delete the order
    When another operator deletes the order
    Then the request is refused with status 404
    And the order is unchanged

  @rule:AUTH-ISOLATION
  Scenario: another operator cannot post an info message on the order
    When another operator sends the info message "Hello there"
    Then the request is refused with status 404
    And the order has 0 "order-info" events

  @rule:AUTH-ISOLATION
  Scenario: another operator does not see the order's events
    When another operator reads the events feed with "object_uuid={{order}}"
    Then the request is accepted
    And no events are read

  @rule:AUTH-ISOLATION
  Scenario: another operator does not find the order in its list
    When another operator lists orders with "reference={{reference}}"
    Then the request is accepted
    And the response is a list of 0 items
    And the response header "X-Total-Count" is "0"

  @rule:AUTH-ISOLATION
  Scenario: another operator cannot read the order's events one by one
    When another operator reads the events feed with "object_type=order&object_uuid={{order}}&sort=creation_date"
    Then no events are read

  @rule:AUTH-ISOLATION @rule:CRT-TERMINATE-REF
  Scenario: the operator cannot terminate another operator's service
    When the operator tries to create a terminate order for another operator's active "AM01" service
    Then the request is refused with a client error

  @rule:AUTH-ISOLATION @rule:CRT-ACTIVATE-NEEDS-ELIGIBILITY
  Scenario: the operator cannot order from another operator's eligibility
    When the operator tries to create a copper "activate" order for product "AM01" with another operator's eligibility
    Then the request is refused with a client error
