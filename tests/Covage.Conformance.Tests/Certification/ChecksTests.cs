using Covage.Conformance.Certification;
using Covage.Conformance.Certification.Checks;
using Covage.Conformance.SchemaValidation;

namespace Covage.Conformance.Tests.Certification;

public sealed class ChecksTests
{
    private const string Info = "/api/v2/orders/o-1/events/info/";

    [Theory]
    [InlineData(299.9, 1)]
    [InlineData(300, 0)]
    public void RetryAfter_InfoPostedAgain_JudgedAgainstTheWaitUnderThrInfo5Min(double again, int findings)
    {
        RecordedCall[] calls =
        [
            Calls.At(0, "POST", Info, 429, "{}", retryAfter: 300, rules: ["THR-INFO-5MIN"]),
            Calls.At(10, "POST", "/api/v2/orders/o-2/events/info/", 200, "{}"),
            Calls.At(again, "POST", Info, 200, "{}"),
        ];

        var found = new RetryAfterCheck().Judge(calls).ToList();

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal("THR-INFO-5MIN", f.Rule));
    }

    [Fact]
    public void RetryAfter_InjectedThrottle_IsJudgedUnderClientRetryAfter()
    {
        RecordedCall[] calls = [Calls.At(0, "GET", "/api/v2/orders/", 429, retryAfter: 2, fault: "throttle"), Calls.At(1, "GET", "/api/v2/orders/", 200)];

        Assert.Equal(["CLIENT-RETRY-AFTER"], new RetryAfterCheck().Judge(calls).Select(f => f.Rule));
    }

    [Theory]
    [InlineData(new[] { 1.0, 2.0, 4.0 }, 0)]
    [InlineData(new[] { 0.2 }, 1)]
    [InlineData(new[] { 2.0, 1.0 }, 0)]
    [InlineData(new[] { 2.7, 1.9, 6.1 }, 0)]
    [InlineData(new[] { 2.0, 0.5 }, 1)]
    [InlineData(new[] { 1.0, 1.0, 1.0 }, 0)]
    [InlineData(new[] { 0.0, 0.0, 0.0 }, 1)]
    public void Backoff_WaitsBetweenTries_EachAtLeastASecondJitterAllowed(double[] waits, int findings)
    {
        var calls = new List<RecordedCall>();
        var at = 0.0;
        calls.Add(Calls.At(at, "POST", "/api/v2/orders/", 503, "{\"a\":1}", fault: "unavailable"));
        for (var i = 0; i < waits.Length; i++)
        {
            at += waits[i];
            calls.Add(Calls.At(at, "POST", "/api/v2/orders/", i == waits.Length - 1 ? 200 : 503, "{\"a\":1}", fault: i == waits.Length - 1 ? null : "unavailable"));
        }

        Assert.Equal(findings, new BackoffCheck().Judge(calls).Count());
    }

    [Fact]
    public void Refusal_FirstUnauthorizedOnATokenTheSandboxIssued_IsNoFinding_UsingItAgainIs()
    {
        RecordedCall[] calls =
        [
            Calls.At(0, "POST", "/api/v2/account/token/", 200, token: null, issued: "t1"),
            Calls.At(1, "GET", "/api/v2/orders/", 200),
            Calls.At(3700, "GET", "/api/v2/orders/", 401, rules: ["AUTH-HEADER"]),
            Calls.At(3701, "POST", "/api/v2/account/token/verify/", 401, token: null, rules: ["AUTH-TOKEN"]),
            Calls.At(3702, "GET", "/api/v2/orders/?limit=1", 401, rules: ["AUTH-HEADER"]),
        ];

        var findings = new RefusalCheck().Judge(calls).ToList();

        Assert.Equal([calls[4].Sequence], findings.Select(f => f.Evidence!.Sequence));
        Assert.Equal("AUTH-HEADER", findings.Single().Rule);
    }

    [Theory]
    [InlineData("made-up", "bearer")]
    [InlineData("t1", "other")]
    public void Refusal_UnauthorizedOnATokenNeverIssuedOrUnderAnotherScheme_IsAFinding(string token, string scheme)
    {
        RecordedCall[] calls =
        [
            Calls.At(0, "POST", "/api/v2/account/token/", 200, token: null, issued: "t1"),
            Calls.At(1, "GET", "/api/v2/orders/", 401, rules: ["AUTH-HEADER"], token: token) with { Auth = scheme },
        ];

        Assert.Equal(["AUTH-HEADER"], new RefusalCheck().Judge(calls).Select(f => f.Rule));
    }

    [Fact]
    public void UnchangedRetry_SameRefusedRequestTwiceOrChanged_OnlyTheUnchangedOneIsAFinding()
    {
        RecordedCall[] calls =
        [
            Calls.At(0, "PATCH", "/api/v2/orders/o-1/", 400, "{\"status\":\"acknowledged\"}", rules: ["ORD-OPERATOR-STATUS"]),
            Calls.At(1, "PATCH", "/api/v2/orders/o-1/", 200, "{\"status\":\"submitted\"}"),
            Calls.At(2, "GET", "/api/v2/orders/o-9/", 404, rules: ["ERR-ENVELOPE"]),
            Calls.At(3, "GET", "/api/v2/orders/o-9/", 404, rules: ["ERR-ENVELOPE"]),
            Calls.At(4, "GET", "/api/v2/orders/o-9/", 404, rules: ["ERR-ENVELOPE"]),
        ];

        var found = new UnchangedRetryCheck().Judge(calls).ToList();

        Assert.Single(found);
        Assert.Equal(calls[3], found[0].Evidence);
    }

    [Theory]
    [InlineData(30, 1)]
    [InlineData(51, 0)]
    public void TokenReuse_NewTokenWhileTheLastIsGood_IsAFindingUnlessNearItsEnd(double minutes, int findings)
    {
        RecordedCall[] calls =
        [
            Calls.At(0, "POST", "/api/v2/account/token/", 200, token: null, issued: "a"),
            Calls.At(60, "GET", "/api/v2/orders/", 200, token: "a"),
            Calls.At(minutes * 60, "POST", "/api/v2/account/token/refresh/", 200, token: null, issued: "b"),
        ];

        Assert.Equal(findings, new TokenReuseCheck().Judge(calls).Count());
    }

    [Fact]
    public void TokenReuse_AfterTheTokenWasRefused_IsNotAFinding()
    {
        RecordedCall[] calls =
        [
            Calls.At(0, "POST", "/api/v2/account/token/", 200, token: null, issued: "a"),
            Calls.At(60, "GET", "/api/v2/orders/", 401, token: "a"),
            Calls.At(61, "POST", "/api/v2/account/token/", 200, token: null, issued: "b"),
        ];

        Assert.Empty(new TokenReuseCheck().Judge(calls));
    }

    [Fact]
    public void EventsCursor_ReadWithTheCursor_ReadsNothingTwice_WithoutItDoes()
    {
        const string one = """[{"event_uuid":"e1","sort_value":"s1"}]""";
        const string two = """[{"event_uuid":"e1","sort_value":"s1"},{"event_uuid":"e2","sort_value":"s2"}]""";
        RecordedCall[] withCursor = [Calls.At(0, "GET", "/api/events/", 200, response: one), Calls.At(5, "GET", "/api/events/", 200, response: """[{"event_uuid":"e2"}]""", query: "?after=s1")];
        RecordedCall[] without = [Calls.At(0, "GET", "/api/events/", 200, response: one), Calls.At(5, "GET", "/api/events/", 200, response: two)];

        Assert.Empty(new EventsCursorCheck().Judge(withCursor));
        var found = Assert.Single(new EventsCursorCheck().Judge(without));
        Assert.StartsWith("1 event(s) read again (it has no after= cursor)", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BlindRecreate_ListBetweenLostCreateAndTheNext_IsNotAFinding()
    {
        RecordedCall lost() => Calls.At(0, "POST", "/api/v2/orders/", 0, "{}", fault: "drop");
        RecordedCall[] blind = [lost(), Calls.At(2, "POST", "/api/v2/orders/", 200, "{}")];
        RecordedCall[] careful = [lost(), Calls.At(1, "GET", "/api/v2/orders/", 200, response: "[]"), Calls.At(2, "POST", "/api/v2/orders/", 200, "{}")];

        Assert.Equal(["CLIENT-NO-BLIND-RECREATE"], new BlindRecreateCheck().Judge(blind).Select(f => f.Rule));
        Assert.Empty(new BlindRecreateCheck().Judge(careful));
    }

    [Theory]
    [InlineData("{\"type\":\"activate\",\"type\":\"terminate\"}")]
    [InlineData("{\"end_customer\":{\"name\":\"\\udfff\"}}")]
    [InlineData("not json")]
    public async Task RequestSchema_BodyNoSchemaAccepts_IsAFindingNotACrash(string body)
    {
        var schemas = await SchemaCatalog.LoadAsync(Path.Combine(AppContext.BaseDirectory, "schemas"));

        var found = new RequestSchemaCheck(schemas).Judge([Calls.At(0, "POST", "/api/v2/orders/", 400, body)]).ToList();

        Assert.Equal(["CLIENT-REQUEST-SCHEMA"], found.Select(f => f.Rule));
    }

    [Theory]
    [InlineData("POST", "/api/v2/orders/", null, "create")]
    [InlineData("PATCH", "/api/v2/orders/o-1/", "{\"status\":\"submitted\"}", "submit")]
    [InlineData("PATCH", "/api/v2/orders/o-1/", "{\"comment\":\"x\"}", "modify")]
    [InlineData("POST", "/api/orders/o-1/submit/", null, "submit")]
    [InlineData("PUT", "/api/orders/o-1/", "{}", "modify")]
    [InlineData("PATCH", "/api/v2/orders/o-1/bounds/b-1/", "{}", "bounds")]
    [InlineData("PATCH", "/api/v2/orders/o-1/endpoints/e-1/", "{}", "otp")]
    [InlineData("POST", "/api/v2/orders/o-1/events/info", "{}", "info")]
    [InlineData("GET", "/api/events/", null, "events")]
    [InlineData("POST", "/api/v2/account/token/refresh/", "{}", "token")]
    [InlineData("GET", "/api/v2/eligibility/buildings/IMB/1/", null, null)]
    public void Operations_Of_NamesWhatTheCallDoes(string method, string path, string? body, string? operation) =>
        Assert.Equal(operation, Operations.Of(Calls.At(0, method, path, 200, body)));
}
