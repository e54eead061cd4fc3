@team
Feature: Our copper orders
  The team's own scenarios, written with the kit's steps (and one of the team's own).

  Background:
    Given our team works for the first operator

  Scenario: we create a copper activation and it starts as a draft
    When the operator creates a copper "activate" order for product "AM01"
    Then the request is accepted
    And the response field "status" is "draft"

  @simulator
  Scenario: an order we submit is acknowledged by Covage
    Given a submitted copper "activate" order for product "AM01"
    When the provider moves the order to "acknowledged"
    Then the order's status events are, oldest first: "order-submitted, order-acknowledged"
