using System.Text;
using System.Text.Json.Nodes;
using Covage.Conformance.SelfTest.Interception;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Tests.SelfTest;

public sealed class MutantHandlerTests
{
    private const string Order = """{"uuid":"0c4f5d2e-3b1a-4c5d-8e9f-001122334455","reference":"O261130_12345","status":"draft"}""";

    private static readonly Fixtures NoFixtures = new([], new Dictionary<string, IReadOnlyList<string>>(), []);

    [Fact]
    public async Task SendAsync_AnswerRewrite_TheKitSeesTheChangedAnswerAndAHitIsCounted()
    {
        var (client, context, _) = Client(Mutate.Orders(o => JsonEdit.Set(o, "status", "submitted")), (_, _) => (200, Order));

        var body = await client.GetStringAsync("/api/v2/orders/0c4f5d2e-3b1a-4c5d-8e9f-001122334455/");

        Assert.Equal("submitted", JsonNode.Parse(body)!["status"]!.GetValue<string>());
        Assert.Equal(1, context.Hits);
    }

    [Fact]
    public async Task SendAsync_CallTheRewriteDoesNotMatch_GoesThroughUntouchedWithoutAHit()
    {
        var (client, context, provider) = Client(Mutate.Orders(o => JsonEdit.Set(o, "status", "submitted")), (_, _) => (200, """[]"""));

        var body = await client.GetStringAsync("/api/events/?limit=1");

        Assert.Equal("[]", body);
        Assert.Equal(0, context.Hits);
        Assert.Equal("/api/events/?limit=1", Assert.Single(provider.Received).PathAndQuery);
    }

    [Fact]
    public async Task SendAsync_RequestRewrite_TheProviderGetsTheChangedRequest()
    {
        var (client, _, provider) = Client(Mutate.Request(c => c.IsList(), x => x.Call.WithParam("sort", null).WithParam("limit", "5")), (_, _) => (200, "[]"));

        await client.GetStringAsync("/api/v2/orders/?sort=-reference&end_customer=Kit%20Customer");

        Assert.Equal("/api/v2/orders/?end_customer=Kit%20Customer&limit=5", Assert.Single(provider.Received).PathAndQuery);
    }

    [Fact]
    public async Task SendAsync_OrderRead_MemoryLearnsItsOwnerAndLastView()
    {
        var (client, context, _) = Client(Mutate.All(), (_, _) => (200, Order));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v2/orders/0c4f5d2e-3b1a-4c5d-8e9f-001122334455/");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer alpha");

        await client.SendAsync(request);

        Assert.Equal("Bearer alpha", context.Memory.OwnerOf("0c4f5d2e-3b1a-4c5d-8e9f-001122334455"));
        Assert.Equal("O261130_12345", context.Memory.Order("0c4f5d2e-3b1a-4c5d-8e9f-001122334455")!["reference"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_DeletionPretended_TheDeleteAnswers200AndLaterReads404()
    {
        var (client, _, _) = Client(Mutate.PretendDeleted(c => c.IsOrder("DELETE"), (_, _) => true), (request, _) =>
            request.Method == HttpMethod.Delete ? (409, """{"apirequest_uuid":"KOSC_x","error":"no","details":null}""") : (200, Order));

        using var delete = await client.DeleteAsync("/api/v2/orders/0c4f5d2e-3b1a-4c5d-8e9f-001122334455/");
        using var read = await client.GetAsync("/api/v2/orders/0c4f5d2e-3b1a-4c5d-8e9f-001122334455/");

        Assert.Equal(200, (int)delete.StatusCode);
        Assert.Equal("{}", await delete.Content.ReadAsStringAsync());
        Assert.Equal(404, (int)read.StatusCode);
    }

    [Fact]
    public async Task SendAsync_RefusalAccepted_TheFixedRequestIsSentAndTheSentValueEchoed()
    {
        var (client, context, provider) = Client(
            Mutate.Accept(c => c.IsCreate(), r => r.NamesField("type"), x => x.Call.EditJson(b => b["type"] = "activate"), (o, sent) => JsonEdit.Set(o, "type", sent["type"])),
            (_, body) => body.Contains("\"activate\"", StringComparison.Ordinal)
                ? (200, """{"uuid":"0c4f5d2e-3b1a-4c5d-8e9f-001122334455","type":"activate"}""")
                : (400, """{"apirequest_uuid":"KOSC_x","error":"Invalid input","details":[{"field":"type","errors":["ORD-TYPE: no"]}]}"""));

        using var response = await client.PostAsync("/api/v2/orders/", new StringContent("""{"type":"modify"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("modify", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!.GetValue<string>());
        Assert.Equal(2, provider.Received.Count);
        Assert.Equal(1, context.Hits);
    }

    [Fact]
    public void WithParam_ReplacesRemovesAndAddsDecodedValues()
    {
        var call = new Call("GET", "/api/events/", "object_uuid=a&sort=creation_date&after=b%3D%3D", new Dictionary<string, string>(), null, null);

        var changed = call.WithParam("sort", null).WithParam("after", "c==").WithParam("limit", "2");

        Assert.Equal("c==", changed.Param("after"));
        Assert.Null(changed.Param("sort"));
        Assert.Equal("object_uuid=a&after=c%3D%3D&limit=2", changed.Query);
    }

    [Fact]
    public void Error_BuildsTheCovageEnvelopeNamingTheFields()
    {
        var reply = Reply.Invalid("end_customer.name");

        Assert.Equal(400, reply.Status);
        Assert.Equal(["end_customer.name"], reply.ErrorFields());
        Assert.Matches("^KOSC_[0-9a-f-]{36}$", reply.Json()!["apirequest_uuid"]!.GetValue<string>());
        Assert.Equal("Invalid input", reply.Json()!["error"]!.GetValue<string>());
    }

    private static (HttpClient Client, MutantContext Context, StubProvider Provider) Client(Rewrite rewrite, Func<HttpRequestMessage, string, (int, string)> answer)
    {
        var provider = new StubProvider(answer);
        var context = new MutantContext(NoFixtures, "key");
        var client = new HttpClient(new MutantHandler(rewrite, context, provider)) { BaseAddress = new Uri("http://localhost/") };
        return (client, context, provider);
    }
}
