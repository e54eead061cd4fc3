using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.Errors;

/// <summary>Answers read in a terminal: JSON escapes only what it must, so quotes, apostrophes and arrows stay plain.</summary>
public sealed class ReadableJsonTests(ProviderFixture provider) : ProviderTest(provider)
{
    [Fact]
    public async Task Conflict_ApostropheAndArrow_AreWrittenAsTheyAre()
    {
        var uuid = (await Api.SubmittedAsync())["uuid"]!.GetValue<string>();

        var refused = await Api.DriveAsync(uuid, "completed");

        Assert.Equal(409, refused.Code);
        Assert.Contains("The order's status", refused.Body, StringComparison.Ordinal);
        Assert.Contains("submitted → completed", refused.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", refused.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateOrderRef_QuotedValue_IsEscapedTheJsonWayOnly()
    {
        var first = await Api.CreateAsync(extra: TestProvider.Complete(orderRef: "MY-REF-1", contact: Api.Contact()));
        Assert.NotNull(first["uuid"]);

        var second = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject
        {
            ["type"] = "activate",
            ["eligibility_ref"] = Api.Eligibility("copper", "activate"),
            ["product"] = new JsonObject { ["code"] = "AM01" },
            ["request_type"] = "activate",
            ["operator_info"] = new JsonObject { ["order_ref"] = "MY-REF-1", ["order_name"] = "again" },
        });

        Assert.Equal(400, second.Code);
        Assert.Contains("reference \\\"MY-REF-1\\\"", second.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0022", second.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoredText_AccentedLetters_ComeBackUnescaped()
    {
        var complete = TestProvider.Complete(contact: Api.Contact());
        complete["end_customer"]!["name"] = "Hôtel de la Forêt";

        var order = await Api.CreateAsync(extra: complete);
        var read = await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{order["uuid"]!.GetValue<string>()}/");

        Assert.Contains("\"Hôtel de la Forêt\"", read.Body, StringComparison.Ordinal);
    }
}
