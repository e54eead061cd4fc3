@v2 @simulator
Feature: Completion: services created and ended
  A completed activate order names the service it created and announces it; a completed terminate
  order's service has ended — at the terminate order's submission, so its completion announces
  nothing more (CMP-ACTIVATE-CREATES-SERVICE, CMP-TERMINATE-ENDS-SERVICE, SUB-TERMINATE-IMMEDIATE).

  @rule:CMP-ACTIVATE-CREATES-SERVICE
  Scenario Outline: a completed <technology> activate order carries its new service
    Given a submitted <technology> "<request type>" order for product "<product>"
    And the provider has moved the order through "acknowledged, running"
    When the provider moves the order to "completed"
    Then the control API accepts it
    And the order's "service_uuid" is present
    And the order's "service_ref" is present
    And the order's "order-completed" event carries the order's "service_uuid" as its data "service_uuid"
    And the order's "order-completed" event has the data "service_alias"
    And the order's "order-completed" event has the data "endpoints"
    And the order's service has the event "service-activated"

    Examples:
      | technology | request type     | product |
      | copper     | activate         | AM01    |
      | copper     | create           | AM01    |
      | fiber      | activate_defined | FP01    |

  @rule:CMP-TERMINATE-ENDS-SERVICE @rule:SUB-TERMINATE-IMMEDIATE
  Scenario: a completed terminate order ends its service
    Given a submitted terminate order for an active "AM01" service
    And the provider has moved the order through "acknowledged, running"
    When the provider moves the order to "completed"
    Then the control API accepts it
    And the order's status is "completed"
    And the order's service has 1 "service-terminated" event
