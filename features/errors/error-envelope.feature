@v2
Feature: Errors
  Every error answers in Covage's envelope: apirequest_uuid "KOSC_<uuid>", an error message, and
  details naming each field or null; 400 says "Invalid input". Malformed JSON, wrong types, wrong
  content type, oversized bodies, unknown ids and wrong methods get a 4xx in the envelope, never a
  500 (ERR-ENVELOPE; the handling of malformed input is the kit's reading).

  @rule:ERR-ENVELOPE
  Scenario: a validation error answers 400 "Invalid input" with details
    When the operator tries to create a copper "activate" order for product "ZZ99"
    Then the request is refused with status 400
    And the error message is "Invalid input"
    And the response field "apirequest_uuid" matches "^KOSC_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"

  @rule:ERR-ENVELOPE
  Scenario Outline: malformed JSON is refused with 400 (<description>)
    When the operator sends POST "/api/v2/orders/" with the body '<body>'
    Then the request is refused with status 400

    Examples:
      | description        | body                 |
      | an unclosed object | {"type": "activate"  |
      | not JSON at all    | type=activate        |
      | a bare string      | "activate"           |
      | an array           | []                   |
      | trailing garbage   | {} {}                |
      | an empty body      |                      |

  @rule:ERR-ENVELOPE
  Scenario: malformed JSON in a PATCH is refused with 400 and changes nothing
    Given a draft copper "activate" order for product "AM01"
    When the operator sends PATCH "/api/v2/orders/{{order}}/" with the body '{"comment": '
    Then the request is refused with status 400
    And the order is unchanged

  @rule:ERR-ENVELOPE @rule:END-CUSTOMER-TYPE
  Scenario Outline: a wrong JSON type is refused with 400 naming the field (<field> as <value>)
    Given a draft copper "activate" order for product "AM01"
    When the operator tries to set "<field>" to the JSON value <value>
    Then the request is refused with status 400 naming the field "<field>"
    And the order is unchanged

    Examples:
      | field                           | value            |
      | end_customer                    | 42               |
      | end_customer                    | "a customer"     |
      | end_customer.name               | 42               |
      | end_customer.contact            | []               |
      | end_customer.contact.email      | true             |
      | operator_info                   | "nobody"         |
      | operator_info.order_ref         | 12               |
      | options                         | "all of them"    |

  @rule:ERR-ENVELOPE
  Scenario: a string that is not text is refused with 400 naming the field
    Given a draft copper "activate" order for product "AM01"
    When the operator sends PATCH "/api/v2/orders/{{order}}/" with the body "{\"comment\": \"half of a pair \ud800\"}"
    Then the request is refused with status 400 naming the field "comment"
    And the order is unchanged

  @rule:ERR-ENVELOPE @rule:AUTH-TOKEN
  Scenario: a log-in whose e-mail is not text is refused with 400 naming the field
    When the operator sends POST "/api/v2/account/token/" with the body "{\"email\": \"\udfff@example.com\", \"password\": \"x\"}"
    Then the request is refused with status 400 naming the field "email"

  @rule:ERR-ENVELOPE @rule:ORD-TYPE
  Scenario: a wrong type on create is refused with 400 naming the field
    When the operator tries to create a copper "activate" order for product "AM01" with:
      """
      {"product": {"code": 42}}
      """
    Then the request is refused with status 400 naming the field "product.code"

  @rule:ERR-ENVELOPE
  Scenario Outline: an unknown order is not found (<action>)
    When the operator <action> an order that does not exist
    Then the request is refused with status 404

    Examples:
      | action   |
      | reads    |
      | modifies |
      | deletes  |

  @rule:ERR-ENVELOPE
  Scenario: an unknown bound is not found
    Given a draft fiber "create" order for product "FP01"
    When the operator sends PATCH "/api/v2/orders/{{order}}/bounds/00000000-0000-4000-8000-000000000000/" with the body '{"address": {"stairs": "C"}}'
    Then the request is refused with status 404
    And the order is unchanged

  @rule:ERR-ENVELOPE
  Scenario: an unknown endpoint is not found
    Given a draft fiber "activate_defined" order for product "FP01"
    When the operator sends PATCH "/api/v2/orders/{{order}}/endpoints/00000000-0000-4000-8000-000000000000/" with the body '{"reference": "FI-4672-5988"}'
    Then the request is refused with status 404
    And the order is unchanged

  @rule:ERR-ENVELOPE
  Scenario: a body that is not JSON is refused with 415
    Given a draft copper "activate" order for product "AM01"
    When the operator sends PATCH "/api/v2/orders/{{order}}/" with content type "text/plain" and the body "comment=hello"
    Then the request is refused with status 415
    And the order is unchanged

  @rule:ERR-ENVELOPE
  Scenario: a body over 1 MiB is refused with 413
    When the operator sends POST "/api/v2/orders/" with a JSON body of 1100 KiB
    Then the request is refused with status 413

  @rule:ERR-ENVELOPE
  Scenario Outline: a method the resource does not have is refused with 405 (<method> <path>)
    Given a draft copper "activate" order for product "AM01"
    When the operator sends <method> "<path>"
    Then the request is refused with status 405
    And the order is unchanged

    Examples:
      | method | path                               |
      | PUT    | /api/v2/orders/{{order}}/          |
      | POST   | /api/v2/orders/{{order}}/          |
      | DELETE | /api/v2/orders/                    |
      | GET    | /api/v2/orders/{{order}}/events/info/ |

  @rule:ERR-ENVELOPE
  Scenario: an unknown route is not found, in the envelope
    When the operator sends GET "/api/v2/no-such-resource/"
    Then the request is refused with status 404

  @rule:ERR-ENVELOPE @rule:EVT-CURSOR
  Scenario Outline: a cursor the provider never gave is a client error (<description>)
    When the operator reads the events feed with "sort=creation_date&after=<cursor>"
    Then the request is refused with a client error

    Examples:
      | description     | cursor      |
      | not base64      | %%%%        |
      | base64 garbage  | bm90LWEtY3Vyc29y |
      | a lone surrogate as its date | WyJcdWQ4MDAiLDFd |
      | a sequence beyond 64 bits | WyIyMDI2LTAxLTAxVDAwOjAwOjAwIiw5OTk5OTk5OTk5OTk5OTk5OTk5OV0= |

  @rule:ERR-ENVELOPE @rule:LST-PAGINATION
  Scenario Outline: a paging parameter that is not a count is a client error (<query>)
    When the operator lists orders with "<query>"
    Then the request is refused with a client error

    Examples:
      | query       |
      | limit=-1    |
      | limit=many  |
      | offset=-5   |
      | offset=1.5  |

  @rule:ERR-ENVELOPE @rule:EVT-INFO-POST
  Scenario: an info message of the wrong type is refused naming the field
    Given a submitted copper "activate" order for product "AM01"
    When the operator sends POST "/api/v2/orders/{{order}}/events/info/" with the body '{"message": 42}'
    Then the request is refused with status 400 naming the field "message"
    And the order has 0 "order-info" events
