@v1 @simulator
Feature: Confirming or cancelling a pending order through API v1
  A collect activation order waiting for the operator (pending) is answered with
  POST /api/orders/{uuid}/confirm/ or /cancel/ (ACT-CONFIRM-CANCEL): confirm makes it running,
  cancel makes it cancelled with an order-cancelled event. Anything else is refused.

  @rule:ACT-CONFIRM-CANCEL
  Scenario: confirming a sensitive access sets the order running
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "acknowledged, running"
    And the provider has moved the order to "pending" with the event "order-sensibleaccess"
    When the operator confirms the order through v1
    Then the request is accepted
    And the response body is the JSON "{}"
    And the order's status is "running"
    And the order's events include "order-sensibleaccess-orderconfirmed"

  @rule:ACT-CONFIRM-CANCEL
  Scenario: cancelling a pending order cancels it with the reason given
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "acknowledged, running"
    And the provider has moved the order to "pending" with the event "order-sensibleaccess"
    When the operator cancels the order through v1 with the reason "the customer changed their mind"
    Then the request is accepted
    And the order's status is "cancelled"
    And the order's "order-cancelled" event has the data "reason" equal to "the customer changed their mind"

  @rule:ACT-CONFIRM-CANCEL
  Scenario: a line-building order waiting for the operator can be cancelled
    Given a submitted copper "create" order for product "AM01"
    And the provider has moved the order through "acknowledged, running, pending"
    When the operator cancels the order through v1
    Then the request is accepted
    And the order's status is "cancelled"
    And the order's events include "order-cancelled"

  @rule:ACT-CONFIRM-CANCEL
  Scenario: an order that is not pending cannot be confirmed
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "acknowledged, running"
    When the operator confirms the order through v1
    Then the request is refused with a client error
    And the order is unchanged

  @rule:ACT-CONFIRM-CANCEL
  Scenario: a draft cannot be cancelled
    Given a draft copper "activate" order for product "AM01"
    When the operator cancels the order through v1
    Then the request is refused with a client error
    And the order is unchanged

  @rule:ACT-CONFIRM-CANCEL
  Scenario: a fiber order is not a collect order and cannot be confirmed
    Given a submitted fiber "create" order for product "FP01"
    And the provider has moved the order through "acknowledged, running, pending"
    When the operator confirms the order through v1
    Then the request is refused with a client error
    And the order is unchanged
