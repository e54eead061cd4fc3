using System.Text;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.Errors;

/// <summary>
/// Bodies whose strings are not text (invalid UTF-8 bytes, unpaired surrogate escapes) are refused with
/// 400 in the envelope naming the field, on every endpoint that reads JSON, and change nothing.
/// </summary>
public sealed class BadTextTests(ProviderFixture provider) : ProviderTest(provider)
{
    /// <summary>What replaces "§" in a body template: each is not text once decoded.</summary>
    public static TheoryData<string, byte[]> BadTexts => new()
    {
        { "a lone high surrogate escape", "\\ud800"u8.ToArray() },
        { "a lone low surrogate escape", "\\udfff"u8.ToArray() },
        { "a high surrogate escape before a letter", "\\ud800\\u0041"u8.ToArray() },
        { "a byte that is never UTF-8", [0xFF] },
        { "a lead byte without its continuation", [0xC3, 0x28] },
        { "an overlong encoding", [0xC0, 0xAF] },
        { "a surrogate encoded in UTF-8", [0xED, 0xA0, 0x80] },
        { "a truncated sequence", [0xE2, 0x82] },
    };

    /// <summary>Every endpoint that reads a JSON body: method, path ({draft}, {submitted}, {bound} filled in), body template, the field named.</summary>
    public static TheoryData<string, string, string, string> Endpoints => new()
    {
        { "POST", "/api/v2/account/token/", """{"email":"§","password":"x"}""", "email" },
        { "POST", "/api/v2/account/token/refresh/", """{"refresh":"§"}""", "refresh" },
        { "POST", "/api/v2/account/token/verify/", """{"token":"a§"}""", "token" },
        { "POST", "/api/v2/orders/", """{"type":"activate","end_customer":{"name":"x§y"}}""", "end_customer.name" },
        { "PATCH", "/api/v2/orders/{draft}/", """{"comment":"§"}""", "comment" },
        { "PATCH", "/api/v2/orders/{draft}/bounds/{bound}/", """{"address":{"stairs":"§"}}""", "address.stairs" },
        { "PATCH", "/api/v2/orders/{draft}/endpoints/{bound}/", """{"reference":"§"}""", "reference" },
        { "POST", "/api/v2/orders/{submitted}/events/info/", """{"message":"hello §"}""", "message" },
        { "POST", "/api/orders/", """{"type":"activate","operator_order_ref":"§"}""", "operator_order_ref" },
        { "PUT", "/api/orders/{draft}/", """{"comment":"§"}""", "comment" },
        { "POST", "/api/orders/{submitted}/cancel/", """{"reason":"§"}""", "reason" },
        { "POST", "/_simulator/clock/advance/", """{"seconds":86400,"why":["§"]}""", "why[0]" },
        { "POST", "/_simulator/orders/{submitted}/transitions/", """{"to":"acknowledged","data":{"x":"§"}}""", "data.x" },
        { "POST", "/_simulator/orders/{submitted}/events/", """{"type":"§"}""", "type" },
        { "POST", "/_simulator/services/", """{"operator_uuid":"§","product_code":"AM01"}""", "operator_uuid" },
        { "POST", "/_simulator/provider-states/", """{"state":"an order in draft","params":{"order_uuid":"§"}}""", "params.order_uuid" },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public async Task Login_BadTextInEmail_Is400NamingEmail(string description, byte[] bad)
    {
        var response = await Api.SendBytesAsync(HttpMethod.Post, "/api/v2/account/token/", Body("""{"email":"§","password":"x"}""", bad), auth: null);

        Envelope.AssertIs(response, 400);
        Assert.True(response.ErrorFields.SequenceEqual(["email"]), $"{description}: {response.Body}");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_LoneSurrogateOrInvalidBytes_Is400NamingTheFieldAndChangesNothing(string method, string path, string template, string field)
    {
        var draft = await Api.CreateAsync();
        var submitted = await Api.SubmittedAsync();
        var target = path.Replace("{draft}", draft["uuid"]!.GetValue<string>(), StringComparison.Ordinal)
            .Replace("{submitted}", submitted["uuid"]!.GetValue<string>(), StringComparison.Ordinal)
            .Replace("{bound}", draft["bounds"]![0]!["uuid"]!.GetValue<string>(), StringComparison.Ordinal);
        var before = await StateSnapshot.TakeAsync(Api);

        foreach (var bad in new[] { "\\ud800"u8.ToArray(), [0xFF] })
        {
            var response = await Api.SendBytesAsync(new HttpMethod(method), target, Body(template, bad),
                target.StartsWith("/api/v2/account", StringComparison.Ordinal) || target.StartsWith("/_simulator", StringComparison.Ordinal)
                    ? null
                    : "Bearer " + await Api.TokenAsync("delivery@alpha.example"),
                simulator: target.StartsWith("/_simulator", StringComparison.Ordinal));

            Envelope.AssertIs(response, 400);
            Assert.Equal([field], response.ErrorFields);
            Assert.Contains("ERR-ENVELOPE: Not valid text", response.ErrorText, StringComparison.Ordinal);
        }

        before.AssertUnchanged(await StateSnapshot.TakeAsync(Api));
    }

    [Fact]
    public async Task Create_BadTextInAPropertyName_Is400NamingTheObject()
    {
        var response = await Api.SendBytesAsync(HttpMethod.Post, "/api/v2/orders/",
            Body("""{"type":"activate","end_customer":{"§":"x"}}""", "\\udc00"u8.ToArray()), "Bearer " + await Api.TokenAsync("delivery@alpha.example"));

        Envelope.AssertIs(response, 400);
        Assert.Equal(["end_customer"], response.ErrorFields);
    }

    [Fact]
    public async Task Create_SurrogatePairEscape_IsText()
    {
        // A paired escape is a real character (here U+1F600); the charset rule, not the decoder, judges it.
        var response = await Api.SendBytesAsync(HttpMethod.Post, "/api/v2/orders/",
            Body("""{"type":"activate","end_customer":{"name":"§"}}""", "\\ud83d\\ude00"u8.ToArray()), "Bearer " + await Api.TokenAsync("delivery@alpha.example"));

        Envelope.AssertIs(response, 400);
        Assert.Contains("CHR-ALLOWED-SET", response.ErrorText, StringComparison.Ordinal);
    }

    private static byte[] Body(string template, byte[] bad)
    {
        var at = template.IndexOf('§', StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(template[..at]), .. bad, .. Encoding.UTF8.GetBytes(template[(at + 1)..])];
    }
}
