using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Covage.Conformance.Drivers;

/// <summary>
/// Fills <c>{{…}}</c> placeholders in paths, queries and bodies written in feature files:
/// {{order}} / {{order A}} (uuid), {{reference}} / {{reference of order A}}, {{endpoint_ref}} / {{endpoint_ref of order A}},
/// {{customer}} (the scenario's end-customer name), {{service uuid}} / {{service ref}} (the service the last terminate
/// order named), {{token}}, {{contact}}, {{eligibility copper activate}},
/// {{service_uuid of order A}}, {{building}}, {{building stairs}} (the stairs of the building's first OTP), {{access}} and {{refresh}}
/// (tokens of the last login), {{300 characters}} (a text of that length).
/// </summary>
internal sealed partial class Placeholders(ScenarioState state, FixtureData fixtures, AuthDriver auth)
{
    public string Customer => CustomerName(state.Token);

    public static string CustomerName(string token) => $"Kit Customer {token}";

    public string Fill(string text) => Placeholder().Replace(text, m => Resolve(m.Groups[1].Value.Trim()));

    /// <summary>Fills a JSON text and parses it.</summary>
    public JsonNode? Json(string text) => JsonNode.Parse(Fill(text));

    private string Resolve(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words switch
        {
            ["order"] => state.Order().Uuid,
            ["order", var n] => state.Order(n).Uuid,
            ["reference"] => Field(state.Order(), "reference"),
            ["reference", "of", "order", var n] => Field(state.Order(n), "reference"),
            ["endpoint_ref"] => Field(state.Order(), "bounds[0].endpoints[0].reference"),
            ["endpoint_ref", "of", "order", var n] => Field(state.Order(n), "bounds[0].endpoints[0].reference"),
            ["service", "uuid"] => (state.Service ?? throw new InvalidOperationException("{{service uuid}}: no service named yet in this scenario")).Uuid,
            ["service", "ref"] => (state.Service ?? throw new InvalidOperationException("{{service ref}}: no service named yet in this scenario")).Ref,
            ["service_uuid", "of", "order", var n] => Field(state.Order(n), "service_uuid"),
            ["customer"] => Customer,
            ["token"] => state.Token,
            ["contact"] => fixtures.Contact(),
            ["eligibility", var technology, var requestType] => fixtures.Eligibility(technology, requestType),
            ["building"] => fixtures.BuildingRef(),
            ["building", "stairs"] => fixtures.Otps() is { Count: > 0 } otps ? otps[0].Stairs : throw new NotApplicableException("the fixtures list no OTP of the building"),
            ["access"] => auth.Access ?? throw new InvalidOperationException("{{access}}: no login yet in this scenario"),
            ["refresh"] => auth.Refresh ?? throw new InvalidOperationException("{{refresh}}: no login yet in this scenario"),
            [var count, "characters"] when int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length)
                => Characters(length),
            _ => throw new InvalidOperationException($"unknown placeholder {{{{{name}}}}}"),
        };
    }

    /// <summary>A text of <paramref name="length"/> characters, letters only, so that only its length can be refused.</summary>
    private static string Characters(int length) =>
        string.Create(length, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + (i % 26));
            }
        });

    private string Field(TrackedOrder order, string path) =>
        JsonPaths.Get(order.Snapshot, path) is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw new NotApplicableException($"{order.Name} shows no {path}");

    [GeneratedRegex(@"\{\{([^}]+)\}\}")]
    private static partial Regex Placeholder();
}
