using System.Text.Json.Nodes;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// CRT-OPTION-SHAPES: boolean options are <c>{enabled}</c>, value options <c>{enabled, value, default_value}</c>
/// and portability has its own fields; the provider fills the defaults and read-only fields.
/// </summary>
internal static class CrtOptionShapes
{
    public const string Id = "CRT-OPTION-SHAPES";

    /// <summary>Validates the merged options (availability, then shape) and returns them as stored.</summary>
    public static JsonObject Normalize(JsonObject options, Product product, string? requestType, List<Violation> violations)
    {
        var result = new JsonObject();
        foreach (var (code, value) in options)
        {
            var field = $"options.{code}";
            if (CrtOptionsByFamily.Check(code, product, requestType, violations) is not { } definition)
            {
                continue;
            }

            if (value is not JsonObject given)
            {
                violations.Add(new(Id, field, $"Expected an object, got {Json.Describe(value)}."));
                continue;
            }

            if (given.ContainsKey("enabled") && !Json.IsBool(given["enabled"]))
            {
                violations.Add(new(Id, $"{field}.enabled", $"Expected a boolean, got {Json.Describe(given["enabled"])}."));
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
                            violations.Add(new(Id, $"{field}.value", $"Expected one of {string.Join(", ", definition.Values!)}."));
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
                                violations.Add(new(Id, $"{field}.{sub}", $"Expected a string, got {Json.Describe(given[sub])}."));
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
