@v2
Feature: Order options
  Each option belongs to some product families (and, for two of them, to a request type); the
  provider completes option values with their default (CRT-OPTIONS-BY-FAMILY, CRT-OPTION-SHAPES).

  @rule:CRT-OPTIONS-BY-FAMILY @rule:CRT-OPTION-SHAPES
  Scenario Outline: family <family> accepts the <option> option
    When the operator creates a <technology> "<request type>" order for product "first of family <family>" with:
      """
      {"options": {"<option>": <value>}}
      """
    Then the request is accepted
    And the response field "options.<option>" carries the JSON <value>

    Examples:
      | family | technology | request type     | option               | value                                                    |
      | A      | copper     | activate         | gtr                  | {"enabled": true}                                        |
      | A      | copper     | activate         | contract_term        | {"enabled": true, "value": "36_months"}                  |
      | A      | copper     | activate         | internal_cabling     | {"enabled": true}                                        |
      | A      | copper     | activate         | portability          | {"enabled": true, "prefix_code": "01", "rio_code": "01P123456ABC"} |
      | A      | copper     | activate         | unlisted_number      | {"enabled": true}                                        |
      | S      | copper     | activate         | enni_redundancy      | {"enabled": true}                                        |
      | M      | copper     | activate         | internal_cabling     | {"enabled": true}                                        |
      | F      | fiber      | activate_defined | gtr                  | {"enabled": true}                                        |
      | F      | fiber      | activate_defined | contract_term        | {"enabled": true, "value": "36_months"}                  |
      | F      | fiber      | activate_defined | cpe_install          | {"enabled": true}                                        |
      | F      | fiber      | activate_defined | installation_expert  | {"enabled": true}                                        |
      | F      | fiber      | activate_defined | guaranteed_bandwidth | {"enabled": true}                                        |
      | F      | fiber      | activate_defined | demarcation_device   | {"enabled": true}                                        |
      | F      | fiber      | create           | double_otp           | {"enabled": true}                                        |
      | F      | fiber      | activate_defined | otp_displacement     | {"enabled": true}                                        |
      | E      | fiber      | create           | patch_panel          | {"enabled": true}                                        |
      | E      | fiber      | create           | enni_redundancy      | {"enabled": true}                                        |
      | E      | fiber      | create           | internal_cabling     | {"enabled": true}                                        |

  @rule:CRT-OPTIONS-BY-FAMILY
  Scenario Outline: family <family> refuses the <option> option (<description>)
    When the operator tries to create a <technology> "<request type>" order for product "first of family <family>" with:
      """
      {"options": {"<option>": {"enabled": true}}}
      """
    Then the request is refused with status 400 naming the field "options.<option>"

    Examples:
      | description               | family | technology | request type     | option             |
      | E only                    | A      | copper     | activate         | patch_panel        |
      | F only                    | A      | copper     | activate         | cpe_install        |
      | S and E only              | A      | copper     | activate         | enni_redundancy    |
      | A, S and M only           | F      | fiber      | activate_defined | portability        |
      | A, S and M only           | F      | fiber      | activate_defined | unlisted_number    |
      | A, S, M and E only        | F      | fiber      | activate_defined | internal_cabling   |
      | F only                    | E      | fiber      | create           | demarcation_device |
      | create orders only        | F      | fiber      | activate_defined | double_otp         |
      | activate orders only      | F      | fiber      | create           | otp_displacement   |

    @interp
    Examples: an option the page does not list
      | description               | family | technology | request type     | option             |
      | no such option            | A      | copper     | activate         | free_lunch         |

  @rule:CRT-OPTION-SHAPES
  Scenario Outline: an option sent without "enabled" is off (<option>, <kind>)
    When the operator creates a <technology> "<request type>" order for product "<product>" with:
      """
      {"options": {"<option>": <value>}}
      """
    Then the request is accepted
    And the response field "options.<option>.enabled" is "false"

    Examples:
      | kind          | technology | request type     | product | option          | value                  |
      | boolean       | copper     | activate         | AM01    | unlisted_number | {}                     |
      | boolean       | fiber      | activate_defined | FP01    | cpe_install     | {}                     |
      | with a value  | fiber      | activate_defined | FP01    | contract_term   | {"value": "36_months"} |

  @rule:CRT-OPTION-SHAPES
  Scenario: a value option comes back with its default value
    When the operator creates a fiber "activate_defined" order for product "FP01" with:
      """
      {"options": {"contract_term": {"enabled": true, "value": "36_months"}}}
      """
    Then the request is accepted
    And the response field "options.contract_term.value" is "36_months"
    And the response field "options.contract_term.default_value" is present

  @rule:CRT-OPTION-SHAPES
  Scenario: the portability option comes back with its read-only fields filled
    When the operator creates a copper "activate" order for product "AM01" with:
      """
      {"options": {"portability": {"enabled": true, "prefix_code": "01", "rio_code": "01P123456ABC"}}}
      """
    Then the request is accepted
    And the response field "options.portability.prefix_code" is "01"
    And the response field "options.portability.rio_code" is "01P123456ABC"
    And the response field "options.portability.contract_ref" is present
    And the response field "options.portability.operator_code" is present

  @rule:CRT-OPTION-SHAPES
  Scenario: an option sent disabled comes back off
    When the operator creates a copper "activate" order for product "AM01" with:
      """
      {"options": {"gtr": {"enabled": false}}}
      """
    Then the request is accepted
    And the response field "options.gtr.enabled" is "false"
