using System.Text.Json.Nodes;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// CRT-ENDPOINTS-V1: a v1 <c>activate</c> order names the endpoints to activate (as the eligibility gave
/// them); a line-building order (<c>create*</c>) has none and shows a <c>reference_endpoint</c> instead.
/// </summary>
internal static class CrtEndpointsV1
{
    public const string Id = "CRT-ENDPOINTS-V1";

    private static readonly string[] LineBuildingTypes = ["create", "create_nearby", "create_neighbour"];

    public static void Check(JsonObject body, string? activationType, List<Violation> violations)
    {
        var node = body["endpoints"];
        if (node is not null and not JsonArray)
        {
            violations.Add(new(Id, "endpoints", $"Expected a list, got {Json.Describe(node)}."));
            return;
        }

        var endpoints = node as JsonArray;
        if (activationType == "activate" && (endpoints is null || endpoints.Count == 0))
        {
            violations.Add(new(Id, "endpoints", "An activate order needs the endpoints to activate, as the eligibility gave them."));
        }
        else if (activationType is not null && LineBuildingTypes.Contains(activationType) && endpoints is { Count: > 0 })
        {
            violations.Add(new(Id, "endpoints", $"A \"{activationType}\" order builds a line: it has no endpoints; the reference_endpoint comes from the eligibility."));
        }

        for (var i = 0; i < (endpoints?.Count ?? 0); i++)
        {
            CheckOne(endpoints![i], $"endpoints[{i}]", violations);
        }

        if (body["reference_endpoint"] is { } reference)
        {
            CheckOne(reference, "reference_endpoint", violations);
        }
    }

    private static void CheckOne(JsonNode? node, string field, List<Violation> violations)
    {
        if (node is not JsonObject endpoint)
        {
            violations.Add(new(Id, field, $"Expected an object, got {Json.Describe(node)}."));
            return;
        }

        foreach (var name in new[] { "endpoint_ref", "endpoint_ref_type" })
        {
            if (string.IsNullOrEmpty(Json.String(endpoint[name])))
            {
                violations.Add(new(Id, $"{field}.{name}", endpoint[name] is null ? "This field is required." : $"Expected a non-empty string, got {Json.Describe(endpoint[name])}."));
            }
        }
    }
}
