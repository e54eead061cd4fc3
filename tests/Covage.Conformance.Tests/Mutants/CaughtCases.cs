using System.Text.Json.Nodes;

namespace Covage.Conformance.Tests.Mutants;

/// <summary>
/// The scenarios issue #9 found weak, each with the wrong behaviour it must now catch. Every mutant
/// rewrites a correct provider's exchanges; the scenario must pass without it and fail with it.
/// </summary>
internal static partial class CaughtCases
{
    public static IReadOnlyList<CaughtCase> All { get; } =
    [
        .. Oracle(),
        .. Terminate(),
        .. StatusDates(),
        .. Transitions(),
        .. Events(),
        .. Isolation(),
        .. Info(),
        .. Enni(),
        .. Options(),
        .. V1Update(),
        .. Lists(),
    ];

    /// <summary>Answers the pages leave open: each scenario must pass with any of them (the failing step is unused).</summary>
    public static IReadOnlyList<CaughtCase> Allowed { get; } =
    [
        new("not-json-400", Status("a body that is not JSON gets 400", c => c.Method == "PATCH" && c.Body == "comment=hello", 415, 400),
            "errors/error-envelope.feature", "a body that is not JSON is refused", ""),
        new("too-large-400", Status("a body over 1 MiB gets 400", c => c.Is("POST", "/api/v2/orders/") && c.Body.Length > 1024 * 1024, 413, 400),
            "errors/error-envelope.feature", "a body over 1 MiB is refused", ""),
        new("enni-create-403", Status("an ENNI create is forbidden", c => c.Is("POST", "/api/v2/orders/") && c.Body.Contains("\"EN", StringComparison.Ordinal), 400, 403),
            "orders/enni.feature", "creating an ENNI order is refused as invalid or forbidden", ""),
        new("product-named-as-product-code", Mutant.Answer("names product.code for a missing product", c => c.Is("POST", "/api/v2/orders/"), (_, body) => RenameDetail(body, "product", "product.code")),
            "orders/create-order.feature", "an activate order without any product is refused", ""),
    ];

    public static CaughtCase Get(string id) => All.Single(c => c.Id == id);

    /// <summary>Answers <paramref name="to"/> where the provider answers <paramref name="from"/> (the body stays).</summary>
    private static Mutant Status(string name, Func<Call, bool> when, int from, int to) =>
        Mutant.Reply(name, when, (_, status, body) => (status == from ? to : status, body));

    /// <summary>Error details must name the exact field.</summary>
    private static IEnumerable<CaughtCase> Oracle()
    {
        yield return new("type-named-as-end_customer.type",
            Mutant.Answer("names end_customer.type for type", c => c.Is("POST", "/api/v2/orders/"), (_, body) => RenameDetail(body, "type", "end_customer.type")),
            "orders/create-order.feature", "an order type other than activate or terminate is refused", "naming the field \"type\"");
        yield return new("product-code-named-as-product",
            Mutant.Answer("names product for product.code", c => c.Is("POST", "/api/v2/orders/"), (_, body) => RenameDetail(body, "product.code", "product")),
            "orders/create-order.feature", "an activate order without product.code is refused", "naming the field");
        yield return new("not-json-500",
            Status("a body that is not JSON gets 500", c => c.Method == "PATCH" && c.Body == "comment=hello", 415, 500),
            "errors/error-envelope.feature", "a body that is not JSON is refused", "refused with status 415 or 400");
        yield return new("option-named-as-options",
            Mutant.Answer("names options for options.<name>", c => c.Is("POST", "/api/v2/orders/"),
                (_, body) => { foreach (var d in Details(body)) { if (d["field"]!.GetValue<string>().StartsWith("options.", StringComparison.Ordinal)) { d["field"] = "options"; } } return body; }),
            "orders/options.feature", "family A refuses the patch_panel option", "naming the field");
    }

    /// <summary>The details of an error envelope (none when the body is not one).</summary>
    public static IEnumerable<JsonObject> Details(JsonNode? body) => (body?["details"] as JsonArray ?? []).OfType<JsonObject>();

    public static JsonNode? RenameDetail(JsonNode? body, string from, string to)
    {
        foreach (var detail in Details(body).Where(d => d["field"]?.GetValue<string>() == from))
        {
            detail["field"] = to;
        }

        return body;
    }
}
