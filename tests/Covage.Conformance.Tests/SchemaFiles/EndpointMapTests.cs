using System.Text.Json.Nodes;

namespace Covage.Conformance.Tests.SchemaFiles;

/// <summary>schemas/endpoints.json: every documented endpoint and status has a schema, and every named file exists.</summary>
public sealed class EndpointMapTests
{
    private static readonly JsonArray Endpoints =
        JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolder.Root, "endpoints.json")))!["endpoints"]!.AsArray();

    [Theory]
    [InlineData("POST", "/api/v2/account/token/", "200,401,4xx")]
    [InlineData("POST", "/api/v2/account/token/refresh/", "200,401,4xx")]
    [InlineData("POST", "/api/v2/account/token/verify/", "200,401,4xx")]
    [InlineData("GET", "/api/v2/orders/", "200,4xx")]
    [InlineData("POST", "/api/v2/orders/", "200,4xx")]
    [InlineData("GET", "/api/v2/orders/{order_uuid}/", "200,4xx")]
    [InlineData("PATCH", "/api/v2/orders/{order_uuid}/", "200,4xx")]
    [InlineData("DELETE", "/api/v2/orders/{order_uuid}/", "200,4xx")]
    [InlineData("PATCH", "/api/v2/orders/{order_uuid}/bounds/{bound_uuid}/", "200,4xx")]
    [InlineData("PATCH", "/api/v2/orders/{order_uuid}/endpoints/{endpoint_uuid}/", "200,4xx")]
    [InlineData("POST", "/api/v2/orders/{order_uuid}/events/info/", "200,429,4xx")]
    [InlineData("GET", "/api/v2/eligibility/buildings/{building_ref*}", "200,4xx")]
    [InlineData("GET", "/api/events/", "200,4xx")]
    [InlineData("GET", "/api/events/{event_uuid}/", "200,4xx")]
    [InlineData("POST", "/api/orders/", "200,4xx")]
    [InlineData("GET", "/api/orders/{order_uuid}/", "200,4xx")]
    [InlineData("PUT", "/api/orders/{order_uuid}/", "200,4xx")]
    [InlineData("DELETE", "/api/orders/{order_uuid}/", "200,4xx")]
    [InlineData("POST", "/api/orders/{order_uuid}/submit/", "200,4xx")]
    [InlineData("POST", "/api/orders/{order_uuid}/confirm/", "200,4xx")]
    [InlineData("POST", "/api/orders/{order_uuid}/cancel/", "200,4xx")]
    public void Endpoints_DocumentedEndpoint_HasASchemaForEachStatus(string method, string path, string statuses)
    {
        var entry = Assert.Single(Endpoints, e => e!["method"]!.GetValue<string>() == method && e["path"]!.GetValue<string>() == path);

        var responses = entry!["responses"]!.AsObject();
        foreach (var status in statuses.Split(','))
        {
            Assert.True(responses.ContainsKey(status), $"{method} {path} has no schema for {status}");
        }

        foreach (var error in responses.Where(r => r.Key[0] is '4' or '5'))
        {
            Assert.Equal("common/error.schema.json", error.Value!.GetValue<string>());
        }
    }

    [Fact]
    public void Endpoints_EveryNamedFile_ExistsAndLoads()
    {
        var files = Endpoints.SelectMany(e => e!["responses"]!.AsObject().Select(r => r.Value!.GetValue<string>()).Append(e["request"]?.GetValue<string>()))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.True(File.Exists(Path.Combine(SchemaFolder.Root, file)), $"endpoints.json names {file}, which does not exist");
            Assert.NotNull(SchemaFolder.Load(file));
        }
    }

    [Fact]
    public void Endpoints_Entries_AreWellFormedAndUnique()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in Endpoints)
        {
            var method = entry!["method"]!.GetValue<string>();
            var path = entry["path"]!.GetValue<string>();
            Assert.Contains(method, new[] { "GET", "POST", "PUT", "PATCH", "DELETE" });
            Assert.StartsWith("/api/", path, StringComparison.Ordinal);
            Assert.DoesNotContain("_simulator", path, StringComparison.Ordinal);
            Assert.True(seen.Add($"{method} {path}"), $"{method} {path} is mapped twice");
            Assert.All(entry["responses"]!.AsObject(), r => Assert.Matches("^([1-5][0-9]{2}|[1-5]xx)$", r.Key));
            if (entry["request"] is { } request)
            {
                Assert.EndsWith(".request.schema.json", request.GetValue<string>(), StringComparison.Ordinal);
                Assert.NotEqual("GET", method);
            }
        }
    }
}
