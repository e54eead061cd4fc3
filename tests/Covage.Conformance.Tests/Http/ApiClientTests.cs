using System.Text.Json.Nodes;
using Covage.Conformance.Http;
using Covage.Conformance.SchemaValidation;
using Covage.Conformance.Targets;
using Covage.Conformance.Tests.SchemaValidation;
using Covage.Conformance.Tests.Targets;

namespace Covage.Conformance.Tests.Http;

public sealed class ApiClientTests(BuiltInTargetFixture builtIn) : IClassFixture<BuiltInTargetFixture>
{
    [Fact]
    public async Task SendAsync_AuthenticatedGet_RecordsRequestAndResponseWithTheTokenMasked()
    {
        var context = TestScenario.Context();
        var api = new ApiClient(builtIn.Target, context);

        var exchange = await api.SendAsync(new ApiRequest(HttpMethod.Get, "/api/v2/orders/?limit=1"));

        Assert.Equal(200, exchange.Status);
        Assert.Same(exchange, api.Last);
        var token = await api.TokenAsync(Actor.Primary);
        var attachments = TestScenario.Attachments(context);
        var request = attachments.Last(a => a.Name == "request").Content;
        Assert.StartsWith("GET /api/v2/orders/?limit=1", request, StringComparison.Ordinal);
        Assert.Contains("Authorization: Bearer ****", request, StringComparison.Ordinal);
        Assert.DoesNotContain(token, string.Join("\n", attachments.Select(a => a.Content)), StringComparison.Ordinal);
        Assert.StartsWith("200", attachments.Last(a => a.Name == "response").Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenAsync_SameActorTwice_LogsInOnce()
    {
        var context = TestScenario.Context();
        var api = new ApiClient(builtIn.Target, context);

        var first = await api.TokenAsync(Actor.Primary);
        var second = await api.TokenAsync(Actor.Primary);

        Assert.Equal(first, second);
        Assert.Single(TestScenario.Attachments(context), a => a.Name == "request" && a.Content.Contains("/account/token/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_ResponseBreakingItsSchema_ThrowsListingEveryViolationWithTheExchange()
    {
        var target = WithSchemas(SchemaCatalog.Load(SchemaFolderBuilder.Create()));
        var api = new ApiClient(target, TestScenario.Context());

        var error = await Assert.ThrowsAsync<ConformanceException>(() =>
            api.SendAsync(new ApiRequest(HttpMethod.Get, "/api/v2/orders/00000000-0000-0000-0000-000000000000/")));

        Assert.Equal("SCHEMA", error.RuleId);
        Assert.Contains("response $.kit_test_marker: required property \"kit_test_marker\" is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("schema: common/error.schema.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("request:  GET /api/v2/orders/00000000-0000-0000-0000-000000000000/", error.Message, StringComparison.Ordinal);
        Assert.Contains("response: 404", error.Message, StringComparison.Ordinal);
        Assert.Equal(404, error.Exchange!.Status);
    }

    [Fact]
    public async Task SendAsync_RequestBreakingItsSchema_ThrowsNamingThePathAndValue()
    {
        var target = WithSchemas(SchemaCatalog.Load(SchemaFolderBuilder.Create()));
        var api = new ApiClient(target, TestScenario.Context());

        var error = await Assert.ThrowsAsync<ConformanceException>(() =>
            api.SendAsync(new ApiRequest(HttpMethod.Post, "/api/things/") { Body = new JsonObject { ["id"] = "nope", ["status"] = "draft" } }));

        Assert.Contains("request $.id: value does not match (expected: pattern ^T[0-9]+$); value: \"nope\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_DeliberatelyInvalidRequest_SkipsTheRequestCheckOnly()
    {
        var target = WithSchemas(SchemaCatalog.Load(SchemaFolderBuilder.Create()));
        var api = new ApiClient(target, TestScenario.Context());

        var error = await Assert.ThrowsAsync<ConformanceException>(() =>
            api.SendAsync(new ApiRequest(HttpMethod.Post, "/api/things/") { Body = new JsonObject { ["id"] = "nope" }, DeliberatelyInvalid = true }));

        Assert.DoesNotContain("request $.", error.Message, StringComparison.Ordinal);
        Assert.Contains("response", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_RealSchemas_UnknownOrderAnswers404InTheEnvelope()
    {
        var api = new ApiClient(builtIn.Target, TestScenario.Context());

        var exchange = await api.SendAsync(new ApiRequest(HttpMethod.Get, "/api/v2/orders/00000000-0000-0000-0000-000000000000/"));

        Assert.Equal(404, exchange.Status);
        Assert.NotNull(exchange.Json?["apirequest_uuid"]);
    }

    [Fact]
    public async Task SendAsync_AuthorizationHeaderOverride_IsSentAsGiven()
    {
        var api = new ApiClient(builtIn.Target, TestScenario.Context());

        var exchange = await api.SendAsync(new ApiRequest(HttpMethod.Get, "/api/v2/orders/") { AuthorizationHeader = "Bearer nonsense" });

        Assert.Equal(401, exchange.Status);
    }

    [Fact]
    public async Task SimulatorClient_TargetWithoutControlApi_IsNotApplicable()
    {
        var target = WithSchemas(builtIn.Target.Schemas, hasSimulator: false);
        var simulator = new SimulatorClient(target, TestScenario.Context());

        var error = await Assert.ThrowsAsync<NotApplicableException>(() => simulator.AdvanceClockAsync(1));

        Assert.Contains("--simulator-key", error.Message, StringComparison.Ordinal);
        Assert.False(simulator.Available);
    }

    [Fact]
    public void SimulatorHook_TargetWithoutControlApi_MarksTheScenarioNotApplicable()
    {
        var target = WithSchemas(builtIn.Target.Schemas, hasSimulator: false);
        var hook = new Hooks.SimulatorHook(target);

        var error = Assert.Throws<NotApplicableException>(hook.RequireControlApi);

        Assert.Equal(SimulatorClient.Missing, error.Reason);
    }

    [Fact]
    public void SimulatorHook_TargetWithControlApi_LetsTheScenarioRun()
    {
        var hook = new Hooks.SimulatorHook(builtIn.Target);

        var error = Record.Exception(hook.RequireControlApi);

        Assert.Null(error);
    }

    /// <summary>The built-in provider seen through other schemas or without its control API; it shares the fixture's HttpClient, so it is never disposed.</summary>
    private TargetContext WithSchemas(SchemaCatalog schemas, bool hasSimulator = true)
    {
        var t = builtIn.Target;
        return new TargetContext(t.Name, t.BaseAddress, t.Http, t.Fixtures, schemas, hasSimulator ? t.SimulatorKey : null, hasSimulator);
    }
}
