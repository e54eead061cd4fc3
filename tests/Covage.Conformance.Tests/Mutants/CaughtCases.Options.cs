using System.Text.Json.Nodes;

namespace Covage.Conformance.Tests.Mutants;

internal static partial class CaughtCases
{
    private const string OptionsFeature = "orders/options.feature";

    /// <summary>CRT-OPTION-SHAPES: the options come back as sent, and an option without "enabled" is off.</summary>
    private static IEnumerable<CaughtCase> Options()
    {
        static bool Creates(Call c) => c.Is("POST", "/api/v2/orders/");

        static JsonNode? EachOption(JsonNode? body, Action<JsonObject> edit)
        {
            foreach (var option in (body?["options"] as JsonObject ?? []).Select(o => o.Value).OfType<JsonObject>())
            {
                edit(option);
            }

            return body;
        }

        yield return new("options-lose-their-value",
            Mutant.Answer("value options lose their value", Creates, (_, body) => EachOption(body, o => o.Remove("value"))),
            OptionsFeature, "family A accepts the contract_term option", "carries the JSON");
        yield return new("portability-loses-rio-code",
            Mutant.Answer("portability loses its rio_code", Creates, (_, body) => EachOption(body, o => o.Remove("rio_code"))),
            OptionsFeature, "family A accepts the portability option", "carries the JSON");
        yield return new("options-on-by-default",
            Mutant.Answer("an option named is on", Creates, (_, body) => EachOption(body, o => o["enabled"] = true)),
            OptionsFeature, "an option sent without \"enabled\" is off", ".enabled\" is \"false\"");
    }
}
