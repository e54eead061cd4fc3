using System.Text.Json.Nodes;
using Covage.Conformance.Drivers;
using Covage.Conformance.Http;

namespace Covage.Conformance.Tests.Drivers;

/// <summary>Builders for the drivers' tests: scenario states, orders and exchanges.</summary>
internal static class DriverTestData
{
    public static ScenarioState State(params string[] tags) =>
        new(new Reqnroll.ScenarioInfo("a scenario", "", tags, new System.Collections.Specialized.OrderedDictionary()));

    public static JsonObject Order(string uuid, string type, string family, string? requestType) => new()
    {
        ["uuid"] = uuid,
        ["type"] = type,
        ["request_type"] = requestType,
        ["product"] = new JsonObject { ["line"] = new JsonObject { ["family"] = new JsonObject { ["code"] = family } } },
    };

    public static ApiExchange Exchange(int status, string body) =>
        new(new ApiRequest(HttpMethod.Get, "/api/events/"), "", status, new Dictionary<string, string>(), body, TimeSpan.Zero);

    public static JsonArray Events(string uuid, params string[] types) =>
        [.. types.Select(t => (JsonNode)new JsonObject { ["type"] = t, ["object_type"] = "order", ["object_uuid"] = uuid })];

    public const string MatrixFeature = """
        Feature: a matrix
          Scenario: the matrix
            Given the events matrix:
              | event           | status    | data               | copper activate | copper line building | terminate | fiber pro |
              | order-submitted | submitted |                    | X               | X                    | X         | X         |
              | order-delayed   |           |                    | X               |                      |           |           |
              | order-info      |           | {"message": "hi"}  | X               | X                    |           | X         |
              | order-quote     |           |                    | ~               | ~                    | ~         |           |
        """;

    public static EventMatrix Matrix() => EventMatrix.FromFeature("events/event-matrix.feature", MatrixFeature);
}
