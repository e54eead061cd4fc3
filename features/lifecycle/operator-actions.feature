@v2
Feature: What the operator may do to an order, and when
  The operator's only status change is submitting a draft (ORD-OPERATOR-STATUS, SUB-DRAFT-ONLY).
  An order can be modified or deleted only while it is a draft (UPD-DRAFT-ONLY, UPD-DELETE-DRAFT).
  Where the pages only say "refused", the kit expects a 4xx client error in the error envelope and
  an order that did not change.

  @rule:ORD-OPERATOR-STATUS
  Scenario Outline: the operator cannot set the status to "<status>"
    Given a complete draft copper "activate" order for product "AM01"
    When the operator sets the status to "<status>"
    Then the request is refused with status 400 naming the field "status"
    And the order is unchanged

    Examples:
      | status       |
      | draft        |
      | acknowledged |
      | running      |
      | pending      |
      | held         |
      | rejected     |
      | cancelled    |
      | completed    |
      | SUBMITTED    |
      | deleted      |

  @rule:ORD-OPERATOR-STATUS @rule:SUB-DRAFT-ONLY
  Scenario: submitting a complete draft makes it submitted
    Given a complete draft copper "activate" order for product "AM01"
    When the operator submits the order
    Then the request is accepted
    And the response field "status" is "submitted"
    And the order's status is "submitted"

  @rule:SUB-DRAFT-ONLY
  Scenario: a submitted order cannot be submitted again
    Given a submitted copper "activate" order for product "AM01"
    When the operator submits the order
    Then the request is refused with a client error
    And the order is unchanged

  @simulator @rule:SUB-DRAFT-ONLY
  Scenario Outline: an order that is <status> cannot be submitted
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "<path>"
    When the operator submits the order
    Then the request is refused with a client error
    And the order is unchanged

    Examples:
      | status       | path                                      |
      | acknowledged | acknowledged                              |
      | running      | acknowledged, running                     |
      | pending      | acknowledged, running, pending            |
      | held         | acknowledged, running, held               |
      | completed    | acknowledged, running, completed          |
      | rejected     | rejected                                  |
      | cancelled    | acknowledged, running, pending, cancelled |

  @rule:UPD-DRAFT-ONLY
  Scenario: a submitted order cannot be modified
    Given a submitted copper "activate" order for product "AM01"
    When the operator sets "comment" to "too late"
    Then the request is refused with a client error
    And the order is unchanged

  @simulator @rule:UPD-DRAFT-ONLY @rule:ORD-STATUS-TERMINAL
  Scenario Outline: an order that is <status> cannot be modified
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "<path>"
    When the operator sets "comment" to "too late"
    Then the request is refused with a client error
    And the order is unchanged

    Examples:
      | status       | path                                      |
      | acknowledged | acknowledged                              |
      | running      | acknowledged, running                     |
      | pending      | acknowledged, running, pending            |
      | held         | acknowledged, running, held               |
      | completed    | acknowledged, running, completed          |
      | rejected     | rejected                                  |
      | cancelled    | acknowledged, running, pending, cancelled |

  @rule:UPD-DRAFT-ONLY @rule:UPD-BOUNDS-ADDRESS
  Scenario: the address of a submitted order cannot be changed
    Given a submitted fiber "create" order for product "FP01"
    When the operator sets the bound address "stairs" to "C"
    Then the request is refused with a client error
    And the order is unchanged

  @rule:UPD-DRAFT-ONLY @rule:UPD-OTP-ONLY-ACTIVATE-DEFINED
  Scenario: the OTP of a submitted order cannot be changed
    Given a submitted fiber "activate_defined" order for product "FP01"
    When the operator sets the OTP reference to "FI-4672-5988"
    Then the request is refused with a client error
    And the order is unchanged

  @rule:UPD-DELETE-DRAFT
  Scenario: a draft can be deleted, and is gone afterwards
    Given a draft copper "activate" order for product "AM01"
    When the operator deletes the order
    Then the request is accepted
    And the response body is the JSON "{}"
    And the order no longer exists

  @rule:UPD-DELETE-DRAFT
  Scenario: a submitted order cannot be deleted
    Given a submitted copper "activate" order for product "AM01"
    When the operator deletes the order
    Then the request is refused with a client error
    And the order is unchanged

  @simulator @rule:UPD-DELETE-DRAFT @rule:ORD-STATUS-TERMINAL
  Scenario Outline: an order that is <status> cannot be deleted
    Given a submitted copper "activate" order for product "AM01"
    And the provider has moved the order through "<path>"
    When the operator deletes the order
    Then the request is refused with a client error
    And the order is unchanged

    Examples:
      | status       | path                                      |
      | acknowledged | acknowledged                              |
      | running      | acknowledged, running                     |
      | pending      | acknowledged, running, pending            |
      | held         | acknowledged, running, held               |
      | completed    | acknowledged, running, completed          |
      | rejected     | rejected                                  |
      | cancelled    | acknowledged, running, pending, cancelled |
