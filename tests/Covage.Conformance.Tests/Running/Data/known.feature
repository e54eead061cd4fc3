@kit
Feature: Known feature
  The runner's own check: what Reqnroll's formatters write for this file is compared with
  known-feature.shape.txt beside it.

  Background:
    Given the delivery user has logged in

  Scenario: a login is accepted
    When the delivery user logs in
    Then the request is accepted

  Scenario: a wrong expectation fails
    When the delivery user logs in
    Then the request is refused with status 401

  @simulator
  Scenario: a scenario that needs the control API
    Given the simulator clock has advanced 1 seconds
    Then the request is accepted

  Scenario: a step nobody binds
    When the operator does something the kit has no binding for with "x" and 42
    Then the request is accepted

  @rule:KIT-RULE
  Rule: a wrong password never logs in

    Example: a wrong password is refused
      When the delivery user logs in with a wrong password
      Then the request is refused with status 401

    Scenario Outline: the login answer carries <field>
      When the delivery user logs in
      Then the response field "<field>" is present

      Examples: tokens
        | field   |
        | access  |
        | refresh |
