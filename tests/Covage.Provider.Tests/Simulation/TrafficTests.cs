using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Simulation;

public sealed class TrafficTests(ProviderFixture provider) : ProviderTest(provider)
{
    private async Task<JsonArray> TrafficAsync(string query = "") =>
        (await Api.ControlAsync(HttpMethod.Get, "/_simulator/traffic/" + query)).Json["entries"]!.AsArray();

    [Fact]
    public async Task Traffic_RefusedCreate_RecordsRequestAnswerOperatorAndCitedRule()
    {
        var body = new JsonObject
        {
            ["type"] = "activate", ["eligibility_ref"] = Api.Eligibility("copper", "activate"), ["product"] = new JsonObject { ["code"] = "AM01" },
            ["request_type"] = "activate", ["end_customer"] = new JsonObject { ["type"] = "unregistered", ["name"] = "Łukasz" },
        };

        var refused = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", body);

        Assert.Equal(400, refused.Code);
        var entry = (await TrafficAsync("?status=refused")).Single()!;
        Assert.Equal("POST", entry["method"]!.GetValue<string>());
        Assert.Equal("/api/v2/orders/", entry["path"]!.GetValue<string>());
        Assert.Equal(400, entry["status"]!.GetValue<int>());
        Assert.Equal(["CHR-ALLOWED-SET"], entry["rules"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(Api.Operator(0)["operator_uuid"]!.GetValue<string>(), entry["operator_uuid"]!.GetValue<string>());
        Assert.Equal("Łukasz", JsonNode.Parse(entry["request_body"]!.GetValue<string>())!["end_customer"]!["name"]!.GetValue<string>());
        Assert.Equal(refused.Body, entry["response_body"]!.GetValue<string>());
        Assert.Equal("bearer", entry["auth"]!.GetValue<string>());
        Assert.Equal(12, entry["token_id"]!.GetValue<string>().Length);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    [InlineData("")]
    public async Task Traffic_ConsoleHeaderWithoutTheSandboxsMark_IsRecordedAsAClientsCall(string value)
    {
        await SendMarkedAsync(value);

        var entry = (await TrafficAsync()).Single(e => e!["path"]!.GetValue<string>() == "/api/v2/orders/")!;

        Assert.False(entry["console"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Traffic_ConsoleHeaderWithTheMarkOfTheConsolePage_IsRecordedAsTheConsoles()
    {
        var page = await Api.Http.GetStringAsync("/");
        var mark = System.Text.RegularExpressions.Regex.Match(page, "<meta name=\"covage-console-mark\" content=\"([0-9a-f]{32})\">").Groups[1].Value;

        await SendMarkedAsync(mark);

        var entry = (await TrafficAsync()).Single(e => e!["path"]!.GetValue<string>() == "/api/v2/orders/")!;
        Assert.True(entry["console"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ConsoleMark_IsMadeAfreshForEachSandbox()
    {
        await using var other = await TestProvider.StartAsync();

        var mine = await Api.Http.GetStringAsync("/");
        var theirs = await other.Http.GetStringAsync("/");

        Assert.Contains("covage-console-mark", mine, StringComparison.Ordinal);
        Assert.NotEqual(mine, theirs);
    }

    [Fact]
    public async Task Traffic_LogIn_MasksPasswordAndTokensAndLinksTheIssuedToken()
    {
        await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/");

        var entries = await TrafficAsync();

        var login = entries.Single(e => e!["path"]!.GetValue<string>() == "/api/v2/account/token/")!;
        Assert.Equal("***", JsonNode.Parse(login["request_body"]!.GetValue<string>())!["password"]!.GetValue<string>());
        Assert.Equal("***", JsonNode.Parse(login["response_body"]!.GetValue<string>())!["access"]!.GetValue<string>());
        Assert.DoesNotContain("Alpha-Delivery-2019", entries.ToJsonString(), StringComparison.Ordinal);
        var list = entries.Single(e => e!["path"]!.GetValue<string>() == "/api/v2/orders/")!;
        Assert.Equal(login["issued_token_id"]!.GetValue<string>(), list["token_id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, "AUTH-HEADER", 401)]
    [InlineData("unknown", "ERR-ENVELOPE", 404)]
    [InlineData("other-operator", "AUTH-ISOLATION", 404)]
    public async Task Traffic_RefusalWithoutDetails_CitesTheRuleOfItsKind(string? order, string rule, int status)
    {
        var uuid = order == "other-operator" ? (await Api.CreateAsync(op: 1))["uuid"]!.GetValue<string>() : "00000000-0000-4000-8000-000000000000";
        var response = order is null
            ? await Api.SendAsync(HttpMethod.Get, "/api/v2/orders/", null, auth: null)
            : await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/");

        Assert.Equal(status, response.Code);
        var entry = (await TrafficAsync($"?status={status}")).Single()!;
        Assert.Equal([rule], entry["rules"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Traffic_OperatorToken_SeesOnlyItsOwnCalls_FilteredByOrder()
    {
        var mine = (await Api.CreateAsync())["uuid"]!.GetValue<string>();
        await Api.CreateAsync(op: 1);
        await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{mine}/");

        var own = await Api.CallAsync(HttpMethod.Get, "/_simulator/traffic/");
        var byOrder = await Api.CallAsync(HttpMethod.Get, $"/_simulator/traffic/?order={mine}");
        var anonymous = await Api.SendAsync(HttpMethod.Get, "/_simulator/traffic/", null, auth: null);

        var operatorUuid = Api.Operator(0)["operator_uuid"]!.GetValue<string>();
        Assert.All(own.Json["entries"]!.AsArray(), e => Assert.Equal(operatorUuid, e!["operator_uuid"]!.GetValue<string>()));
        Assert.Equal(["POST /api/v2/orders/", $"GET /api/v2/orders/{mine}/"],
            byOrder.Json["entries"]!.AsArray().Select(e => $"{e!["method"]} {e["path"]}"));
        Assert.Equal(401, anonymous.Code);
        Assert.Contains((await TrafficAsync()).Select(e => e!["operator_uuid"]!.GetValue<string>()), u => u != operatorUuid);
    }

    [Fact]
    public async Task Traffic_After_ReturnsOnlyLaterCalls()
    {
        await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/");
        var first = await Api.ControlAsync(HttpMethod.Get, "/_simulator/traffic/");
        var last = first.Json["last_seq"]!.GetValue<long>();

        await Api.CallAsync(HttpMethod.Get, "/api/events/");
        var later = await TrafficAsync($"?after={last}");

        Assert.Equal(["/api/events/"], later.Select(e => e!["path"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(1_000, false)]
    [InlineData(64 * 1024, false)]
    [InlineData(64 * 1024 + 1, true)]
    [InlineData(300_000, true)]
    public async Task Traffic_RequestBody_IsKeptUpTo64KiBThenCut(int size, bool truncated)
    {
        // An info message of any length: the sandbox refuses a long one, the log keeps what was sent.
        var prefix = "{\"message\":\"";
        var text = prefix + new string('x', size - prefix.Length - 2) + "\"}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v2/orders/00000000-0000-4000-8000-000000000000/events/info/")
        {
            Content = new StringContent(text, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", await Api.TokenAsync("delivery@alpha.example"));
        using (var response = await Api.Http.SendAsync(request))
        {
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode}");
        }

        var entry = (await TrafficAsync()).Single(e => e!["path"]!.GetValue<string>().EndsWith("/events/info/", StringComparison.Ordinal))!;

        Assert.Equal(text[..Math.Min(size, 64 * 1024)], entry["request_body"]!.GetValue<string>());
        Assert.Equal(truncated, entry["request_body_truncated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Traffic_RequestBodyThatIsNotUtf8_IsShownWithReplacementCharacters()
    {
        byte[] sent = [.. "{\"message\":\"caf"u8, 0xE9, .. "\"}"u8];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v2/orders/00000000-0000-4000-8000-000000000000/events/info/")
        {
            Content = new ByteArrayContent(sent),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Authorization = new("Bearer", await Api.TokenAsync("delivery@alpha.example"));
        using (var response = await Api.Http.SendAsync(request))
        {
            Assert.Equal(400, (int)response.StatusCode);
        }

        var entry = (await TrafficAsync()).Single(e => e!["path"]!.GetValue<string>().EndsWith("/events/info/", StringComparison.Ordinal))!;

        Assert.Equal("{\"message\":\"caf\uFFFD\"}", entry["request_body"]!.GetValue<string>());
    }

    [Fact]
    public void CaptureStream_ManyWrites_PassesEverythingOnAndKeepsTheFirstBytesUpToItsLimit()
    {
        var sent = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 3_000).Select(i => $"{i:D5},")));
        using var inner = new MemoryStream();
        using var capture = new Covage.Provider.Simulation.Traffic.CaptureStream(inner, 10_000);
        for (var at = 0; at < sent.Length; at += 777)
        {
            capture.Write(sent, at, Math.Min(777, sent.Length - at));
        }

        var kept = capture.Captured();

        Assert.Equal(sent, inner.ToArray());
        Assert.Equal(System.Text.Encoding.UTF8.GetString(sent, 0, 10_000), kept.Text);
        Assert.True(kept.Truncated);
    }

    [Fact]
    public void CaptureStream_UnderItsLimit_KeepsAllAndIsNotTruncated()
    {
        using var capture = new Covage.Provider.Simulation.Traffic.CaptureStream(Stream.Null, 10_000);
        var part = System.Text.Encoding.UTF8.GetBytes(new string('é', 1_500));

        capture.Write(part, 0, part.Length);
        capture.Write(part, 0, part.Length);

        Assert.Equal(new string('é', 3_000), capture.Captured().Text);
        Assert.False(capture.Captured().Truncated);
    }

    private async Task SendMarkedAsync(string mark)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v2/orders/");
        request.Headers.Authorization = new("Bearer", await Api.TokenAsync("delivery@alpha.example"));
        request.Headers.Add("X-Covage-Console", mark);
        using var response = await Api.Http.SendAsync(request);
        Assert.Equal(200, (int)response.StatusCode);
    }
}
