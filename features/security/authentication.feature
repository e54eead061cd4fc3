@v2
Feature: Authentication
  A user logs in with e-mail (any case) and password and gets an access token (1 hour) and a
  refresh token (12 hours after login); every call carries "Authorization: Bearer <token>" or the
  legacy "JWT <token>"; anything else is 401 (AUTH-TOKEN, AUTH-HEADER).

  @rule:AUTH-TOKEN
  Rule: a login gives tokens; a refresh token gives new access tokens; verify checks a token

    Scenario: the delivery user logs in
      When the delivery user logs in
      Then the request is accepted
      And the response field "access" is present
      And the response field "refresh" is present
      And the response field "token" is present
      And the response field "user.email" is present
      And the response field "user.operator_uuid" is present

    Scenario: the e-mail is not case-sensitive
      When the delivery user logs in with the e-mail in upper case
      Then the request is accepted
      And the response field "access" is present

    Scenario: a wrong password is refused
      When the delivery user logs in with a wrong password
      Then the request is refused with status 401

    Scenario: an unknown user is refused
      When an unknown user logs in
      Then the request is refused with status 401

    Scenario: a refresh token gives a new access token
      Given the delivery user has logged in
      When the operator refreshes the access token
      Then the request is accepted
      And the response field "access" is present

    Scenario: a refreshed access token opens the API
      Given the delivery user has logged in
      And the operator has refreshed the access token
      When the operator lists orders with the Authorization header "Bearer {{access}}"
      Then the request is accepted

    Scenario: a made-up refresh token is refused
      When the operator refreshes with the token "not-a-refresh-token"
      Then the request is refused with status 401

    Scenario: an access token verifies
      Given the delivery user has logged in
      When the operator verifies the token "{{access}}"
      Then the request is accepted

    Scenario: a made-up token does not verify
      When the operator verifies the token "not-a-token"
      Then the request is refused with status 401

  @rule:AUTH-HEADER
  Rule: every call carries "Authorization: Bearer <token>" (or the legacy "JWT <token>"), anything else is 401

    Scenario Outline: the API answers the header "<scheme> token" (<description>)
      Given the delivery user has logged in
      When the operator lists orders with the Authorization header "<scheme> {{access}}"
      Then the request is accepted

      Examples:
        | description   | scheme |
        | the standard  | Bearer |
        | the legacy    | JWT    |

    Scenario Outline: the API refuses <description>
      Given the delivery user has logged in
      When the operator lists orders with the Authorization header "<header>"
      Then the request is refused with status 401

      Examples:
        | description                  | header                 |
        | a made-up token              | Bearer nonsense        |
        | another scheme               | Token {{access}}       |
        | a scheme without token       | Bearer                 |
        | the token without scheme     | {{access}}             |
        | a refresh token              | Bearer {{refresh}}     |
        | basic authentication         | Basic ZGVsaXZlcnk6cHc= |

    Scenario: the orders API refuses a call without Authorization header
      When the operator lists orders without an Authorization header
      Then the request is refused with status 401

    Scenario: the events API refuses a call without Authorization header
      When the operator reads the events feed without an Authorization header
      Then the request is refused with status 401

  Rule: tokens expire on the provider's clock (an access token after an hour, a refresh token twelve hours after login)

    @simulator @serial @rule:AUTH-HEADER @rule:AUTH-TOKEN
    Scenario: an access token expires after an hour
      Given the delivery user has logged in
      And the simulator clock has advanced 3601 seconds
      When the operator lists orders with the Authorization header "Bearer {{access}}"
      Then the request is refused with status 401

    @simulator @serial @rule:AUTH-TOKEN
    Scenario: an access token still works just before the hour
      Given the delivery user has logged in
      And the simulator clock has advanced 3500 seconds
      When the operator lists orders with the Authorization header "Bearer {{access}}"
      Then the request is accepted

    @simulator @serial @rule:AUTH-TOKEN
    Scenario: after an hour the refresh token still gives a new access token
      Given the delivery user has logged in
      And the simulator clock has advanced 3601 seconds
      When the operator refreshes the access token
      Then the request is accepted

    @simulator @serial @rule:AUTH-TOKEN
    Scenario: twelve hours after login the refresh token is refused
      Given the delivery user has logged in
      And the simulator clock has advanced 43201 seconds
      When the operator refreshes the access token
      Then the request is refused with status 401

    @simulator @serial @rule:AUTH-TOKEN
    Scenario: an expired access token does not verify
      Given the delivery user has logged in
      And the simulator clock has advanced 3601 seconds
      When the operator verifies the token "{{access}}"
      Then the request is refused with status 401
