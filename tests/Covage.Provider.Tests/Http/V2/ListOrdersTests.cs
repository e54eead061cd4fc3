using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.V2;

public sealed class ListOrdersTests(ProviderFixture provider) : ProviderTest(provider)
{
    [Fact]
    public async Task List_FiltersSortsPagesAndCounts()
    {
        for (var i = 0; i < 3; i++)
        {
            await Api.CreateAsync();
        }

        await Api.CreateAsync("fiber", "create", "FP01");
        await Api.SubmittedAsync();

        var copper = await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/?product_family=A&type=activate&limit=2&offset=1&sort=-creation_date");
        var fiber = await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/?product_line=FP");
        var submitted = await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/?status=submitted");
        var byReference = await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/?sort=reference&product_family=A");

        Assert.Equal("4", copper.Header("X-Total-Count"));
        Assert.Equal(2, copper.Json.AsArray().Count);
        var dates = copper.Json.AsArray().Select(o => o!["creation_date"]!.GetValue<string>()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Equal("1", fiber.Header("X-Total-Count"));
        Assert.Equal("1", submitted.Header("X-Total-Count"));
        var references = byReference.Json.AsArray().Select(o => o!["reference"]!.GetValue<string>()).ToList();
        Assert.Equal(references.Order(StringComparer.Ordinal), references);
    }

    [Theory]
    [InlineData("sort=reference&reference=NO-SUCH-ORDER")]
    [InlineData("sort=-reference&status=cancelled")]
    [InlineData("sort=submission_date&end_customer=nobody-at-all")]
    [InlineData("sort=-submission_date&type=nonsense")]
    [InlineData("sort=creation_date&product_family=Z")]
    public async Task List_SortedPageMatchingNothing_Is200EmptyWithTotalZero(string query)
    {
        await Api.CreateAsync();

        var response = await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/?" + query);

        Assert.Equal(200, response.Code);
        Assert.Equal("[]", response.Body);
        Assert.Equal("0", response.Header("X-Total-Count"));
    }

    [Theory]
    [InlineData("reference")]
    [InlineData("-reference")]
    [InlineData("submission_date")]
    [InlineData("-submission_date")]
    [InlineData("creation_date")]
    public async Task List_OffsetPastTheTotal_Is200EmptyWithTheTotal(string sort)
    {
        await Api.CreateAsync();
        var total = (await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/")).Header("X-Total-Count");

        var response = await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/?sort={sort}&offset=100000");

        Assert.Equal(200, response.Code);
        Assert.Equal("[]", response.Body);
        Assert.Equal(total, response.Header("X-Total-Count"));
    }

    [Theory]
    [InlineData("reference")]
    [InlineData("-submission_date")]
    public async Task List_OperatorWithoutOrders_Is200EmptyWithTotalZero(string sort)
    {
        // The seed gives the third operator (no ENNI) no order at all.
        var response = await Api.AsAsync("delivery@gamma.example", HttpMethod.Get, $"/api/v2/orders/?sort={sort}");

        Assert.Equal(200, response.Code);
        Assert.Equal("[]", response.Body);
        Assert.Equal("0", response.Header("X-Total-Count"));
    }
}
