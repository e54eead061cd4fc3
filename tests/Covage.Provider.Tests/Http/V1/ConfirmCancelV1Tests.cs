using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.V1;

public sealed class ConfirmCancelV1Tests(ProviderFixture provider) : ProviderTest(provider)
{
    [Fact]
    public async Task Confirm_PendingSensitiveAccess_RunningWithConfirmationEvents()
    {
        var uuid = await V1Requests.PendingAsync(Api);

        var response = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/confirm/");

        Assert.True(response.Code == 200, response.Body);
        Assert.Equal("{}", response.Body);
        Assert.Equal("running", (await V1Requests.GetAsync(Api, uuid)).Json["status"]!.GetValue<string>());
        var types = V1Requests.Types(await V1Requests.EventsAsync(Api, uuid));
        Assert.Equal(["order-running", "order-sensibleaccess-orderconfirmed"], types.Skip(types.Count - 2));
    }

    [Fact]
    public async Task Confirm_PendingDelayed_EmitsDelayedConfirmation()
    {
        var uuid = await V1Requests.PendingAsync(Api, cause: "order-delayed");

        var response = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/confirm/");

        Assert.Equal(200, response.Code);
        Assert.Contains("order-delayed-orderconfirmed", V1Requests.Types(await V1Requests.EventsAsync(Api, uuid)));
    }

    [Fact]
    public async Task Cancel_Pending_CancelledWithReason()
    {
        var uuid = await V1Requests.PendingAsync(Api);

        var response = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/cancel/", new JsonObject { ["reason"] = "customer changed their mind" });

        Assert.True(response.Code == 200, response.Body);
        var read = (await V1Requests.GetAsync(Api, uuid)).Json;
        Assert.Equal("cancelled", read["status"]!.GetValue<string>());
        Assert.NotNull(read["cancellation_date"]);
        var cancelled = (await V1Requests.EventsAsync(Api, uuid)).Last()!;
        Assert.Equal("order-cancelled", cancelled["type"]!.GetValue<string>());
        Assert.Equal("customer changed their mind", cancelled["data"]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancel_WithoutBody_CancelledWithADefaultReason()
    {
        var uuid = await V1Requests.PendingAsync(Api, "create", cause: null);

        var response = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/cancel/");

        Assert.True(response.Code == 200, response.Body);
        var cancelled = (await V1Requests.EventsAsync(Api, uuid)).Last()!;
        Assert.Equal("order-cancelled", cancelled["type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(cancelled["data"]!["reason"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Cancel_ReasonNotAString_RejectedAndStillPending()
    {
        var uuid = await V1Requests.PendingAsync(Api);

        var response = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/cancel/", new JsonObject { ["reason"] = 3 });

        Assert.Equal(400, response.Code);
        Assert.Equal(["reason"], response.ErrorFields);
        Assert.Equal("pending", (await V1Requests.GetAsync(Api, uuid)).Json["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("confirm")]
    [InlineData("cancel")]
    public async Task Action_NotPending_ConflictNamingTheRule(string action)
    {
        var draft = V1Requests.Uuid(await V1Requests.CreateAsync(Api, V1Requests.Minimal(Api)));
        var submitted = await V1Requests.SubmittedAsync(Api);

        foreach (var uuid in new[] { draft, submitted })
        {
            var before = (await V1Requests.GetAsync(Api, uuid)).Body;
            var response = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/{action}/");

            Assert.Equal(409, response.Code);
            Assert.Contains("ACT-CONFIRM-CANCEL", response.ErrorText);
            Assert.Equal(before, (await V1Requests.GetAsync(Api, uuid)).Body);
        }
    }

    [Theory]
    [InlineData("confirm")]
    [InlineData("cancel")]
    public async Task Action_TerminateOrder_RejectedNamingTheRule(string action)
    {
        var service = Api.Operator(0)["services"]!["copper"]![0]!["ref"]!.GetValue<string>();
        var body = V1Requests.Complete(new JsonObject { ["type"] = "terminate", ["service_alias"] = service }, Api);
        var uuid = V1Requests.Uuid(await V1Requests.CreateAsync(Api, body));
        Assert.Equal(200, (await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/submit/")).Code);

        var response = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/{action}/");

        Assert.Equal(400, response.Code);
        Assert.Contains("ACT-CONFIRM-CANCEL", response.ErrorText);
    }

    [Fact]
    public async Task Action_FiberOrder_RejectedNamingTheRule()
    {
        var fiber = await Api.SubmittedAsync("fiber", "create", "FP01");

        var response = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{fiber["uuid"]}/confirm/");

        Assert.Equal(400, response.Code);
        Assert.Contains("ACT-CONFIRM-CANCEL", response.ErrorText);
    }

    [Fact]
    public async Task Action_EnniOrder_Forbidden()
    {
        var enni = Api.Operator(0)["enni_orders"]![0]!.GetValue<string>();

        var response = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{enni}/cancel/");

        Assert.Equal(403, response.Code);
    }

    [Fact]
    public async Task Action_ConcurrentConfirmAndCancel_ExactlyOneWins()
    {
        var uuid = await V1Requests.PendingAsync(Api);

        var answers = await Task.WhenAll(
            Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/confirm/"),
            Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/cancel/"),
            Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/confirm/"),
            Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/cancel/"));

        Assert.Single(answers, a => a.Code == 200);
        Assert.All(answers.Where(a => a.Code != 200), a => Assert.Equal(409, a.Code));
    }
}
