@v2 @interp
Feature: Each operator sees only its own orders
  Another operator's order is answered as if it did not exist (404), and never shows its data
  (AUTH-ISOLATION, the kit's reading): through the order, its bounds and endpoints, its events
  (listed or one by one), the list, and API v1.

  @rule:AUTH-ISOLATION
  Scenario: another operator cannot read the order
    Given a submitted copper "activate" order for product "AM01"
    When another operator reads the order
    Then the request is refused with status 404

  @rule:AUTH-ISOLATION
  Scenario: another operator cannot modify the order
    Given a complete draft copper "activate" order for product "AM01"
    When another operator modifies the order's "comment" to "mine now"
    Then the request is refused with status 404
    And the order is unchanged

  @rule:AUTH-ISOLATION
  Scenario: another operator cannot submit the order
    Given a complete draft copper "activate" order for product "AM01"
    When another operator submits the order
    Then the request is refused with status 404
    And the order is unchanged

  @rule:AUTH-ISOLATION
  Scenario: another operator cannot delete the order
    Given a draft copper "activate" order for product "AM01"
    When another operator deletes the order
    Then the request is refused with status 404
    And the order is unchanged

  @rule:AUTH-ISOLATION @rule:UPD-BOUNDS-ADDRESS
  Scenario: another operator cannot change the order's address
    Given a draft fiber "create" order for product "FP01"
    When another operator sets the bound address "stairs" to "C"
    Then the request is refused with status 404
    And the order is unchanged

  @rule:AUTH-ISOLATION @rule:UPD-OTP-ONLY-ACTIVATE-DEFINED
  Scenario: another operator cannot change the order's OTP
    Given a draft fiber "activate_defined" order for product "FP01"
    When another operator sets the OTP reference to "FI-4672-5988"
    Then the request is refused with status 404
    And the order is unchanged

  @rule:AUTH-ISOLATION
  Scenario: another operator cannot post an info message on the order
    Given a submitted copper "activate" order for product "AM01"
    When another operator sends the info message "Hello there"
    Then the request is refused with status 404
    And the order has 0 "order-info" events

  @rule:AUTH-ISOLATION
  Scenario: another operator does not see the order's events in the feed
    Given a submitted copper "activate" order for product "AM01"
    When another operator reads the events feed with "object_type=order&object_uuid={{order}}&sort=creation_date"
    Then the request is accepted
    And no events are read

  @rule:AUTH-ISOLATION @rule:EVT-GET-ONE
  Scenario: another operator cannot read the order's events one by one
    Given a submitted copper "activate" order for product "AM01"
    When another operator reads the order's first event by its uuid
    Then the request is refused with status 404

  @rule:AUTH-ISOLATION
  Scenario: another operator does not find the order in its list
    Given a submitted copper "activate" order for product "AM01"
    When another operator lists orders with "reference={{reference}}"
    Then the request is accepted
    And the response is a list of 0 items
    And the response header "X-Total-Count" is "0"

  @v1 @rule:AUTH-ISOLATION
  Scenario: another operator cannot read the order through v1
    Given a submitted copper "activate" order for product "AM01"
    When another operator reads the order through v1
    Then the request is refused with status 404

  @v1 @rule:AUTH-ISOLATION
  Scenario: another operator cannot replace the order through v1
    Given a complete draft copper "activate" order for product "AM01"
    When another operator replaces the order through v1 with:
      """
      { "comment": "mine now" }
      """
    Then the request is refused with status 404
    And the order is unchanged

  @v1 @rule:AUTH-ISOLATION
  Scenario: another operator cannot submit the order through v1
    Given a complete draft copper "activate" order for product "AM01"
    When another operator submits the order through v1
    Then the request is refused with status 404
    And the order is unchanged

  @v1 @rule:AUTH-ISOLATION
  Scenario: another operator cannot delete the order through v1
    Given a draft copper "activate" order for product "AM01"
    When another operator deletes the order through v1
    Then the request is refused with status 404
    And the order is unchanged

  @rule:AUTH-ISOLATION @rule:CRT-TERMINATE-REF
  Scenario: the operator cannot terminate another operator's service
    When the operator tries to create a terminate order for another operator's active "AM01" service
    Then the request is refused with a client error

  @rule:AUTH-ISOLATION @rule:CRT-ACTIVATE-NEEDS-ELIGIBILITY
  Scenario: the operator cannot order from another operator's eligibility
    When the operator tries to create a copper "activate" order for product "AM01" with another operator's eligibility
    Then the request is refused with a client error
