using System.Text.Json.Nodes;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>CRT-OPTIONS-BY-FAMILY and CRT-OPTION-SHAPES: which options a product may carry and their shape.</summary>
internal static class OptionsRule
{
    public const string RuleId = "CRT-OPTIONS-BY-FAMILY";
    public const string ShapeRuleId = "CRT-OPTION-SHAPES";

    /// <summary>Validates the merged options and returns them as stored: with <c>default_value</c> and read-only fields filled.</summary>
    public static JsonObject Normalize(JsonObject options, Product product, string? requestType, List<Violation> violations)
    {
        var result = new JsonObject();
        foreach (var (code, value) in options)
        {
            var field = $"options.{code}";
            var definition = ProductCatalogue.FindOption(code);
            if (definition is null)
            {
                violations.Add(new(RuleId, field, $"Unknown option \"{code}\"."));
                continue;
            }

            if (!definition.AllowsFamily(product.Family.Code))
            {
                violations.Add(new(RuleId, field, $"Option \"{code}\" is not available for family {product.Family.Code} (product {product.Code}); it is for families {string.Join('/', definition.Families.ToCharArray())}."));
                continue;
            }

            if (definition.RequestTypes is { } types && (requestType is null || !types.Contains(requestType)))
            {
                violations.Add(new(RuleId, field, $"Option \"{code}\" is only available with request_type {string.Join(" or ", types)}."));
                continue;
            }

            if (value is not JsonObject given)
            {
                violations.Add(new(ShapeRuleId, field, $"Expected an object, got {Json.Describe(value)}."));
                continue;
            }

            if (given.ContainsKey("enabled") && !Json.IsBool(given["enabled"]))
            {
                violations.Add(new(ShapeRuleId, $"{field}.enabled", $"Expected a boolean, got {Json.Describe(given["enabled"])}."));
                continue;
            }

            var enabled = given["enabled"]?.GetValue<bool>() ?? false;
            var stored = new JsonObject { ["enabled"] = enabled };
            switch (definition.Kind)
            {
                case OptionKind.Value:
                    if (given.ContainsKey("value") && given["value"] is not null)
                    {
                        var text = Json.String(given["value"]);
                        if (text is null || !definition.Values!.Contains(text))
                        {
                            violations.Add(new(ShapeRuleId, $"{field}.value", $"Expected one of {string.Join(", ", definition.Values!)}."));
                            continue;
                        }

                        stored["value"] = text;
                    }

                    stored["default_value"] = definition.DefaultValue;
                    break;
                case OptionKind.Portability:
                    foreach (var sub in new[] { "prefix_code", "rio_code" })
                    {
                        if (given.ContainsKey(sub))
                        {
                            if (Json.String(given[sub]) is { } subValue)
                            {
                                stored[sub] = subValue;
                            }
                            else
                            {
                                violations.Add(new(ShapeRuleId, $"{field}.{sub}", $"Expected a string, got {Json.Describe(given[sub])}."));
                            }
                        }
                    }

                    stored["contract_ref"] = "KOSC-PORTA-2019-001";
                    stored["operator_code"] = "KOSC";
                    break;
                default:
                    break;
            }

            result[code] = stored;
        }

        return result;
    }
}
