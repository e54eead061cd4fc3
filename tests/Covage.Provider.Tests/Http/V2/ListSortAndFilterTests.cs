using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.V2;

public sealed class ListSortAndFilterTests(ProviderFixture provider) : ProviderTest(provider)
{
    private async Task<List<JsonNode>> SeedAsync()
    {
        var orders = new List<JsonNode>();
        for (var i = 0; i < 6; i++)
        {
            orders.Add(await Api.CreateAsync());
        }

        orders.Add(await Api.CreateAsync("fiber", "activate_defined", "FP01"));
        orders.Add(await Api.SubmittedAsync());
        orders.Add(await Api.SubmittedAsync("copper", "create", "SD01"));
        return orders;
    }

    private async Task<(List<string> References, string? Total)> ListAsync(string query)
    {
        var response = await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/" + query);
        Assert.True(response.Code == 200, response.Body);
        return ([.. response.Json.AsArray().Select(o => o!["reference"]!.GetValue<string>())], response.Header("X-Total-Count"));
    }

    [Theory]
    [InlineData("?sort=reference", false)]
    [InlineData("?sort=-reference", true)]
    public async Task List_SortByReference_BothDirections(string query, bool descending)
    {
        await SeedAsync();

        var (references, _) = await ListAsync(query + "&product_family=A");

        var expected = descending ? references.OrderDescending(StringComparer.Ordinal) : references.Order(StringComparer.Ordinal);
        Assert.Equal(expected, references);
        Assert.Equal(7, references.Count);
    }

    [Fact]
    public async Task List_SortBySubmissionDate_SubmittedOrdersLastAscendingFirstDescending()
    {
        var orders = await SeedAsync();
        var submitted = orders.Where(o => o["status"]!.GetValue<string>() == "submitted").Select(o => o["reference"]!.GetValue<string>()).ToList();

        var (ascending, _) = await ListAsync("?sort=submission_date");
        var (descending, _) = await ListAsync("?sort=-submission_date");

        Assert.Equal(submitted, ascending.TakeLast(2));
        Assert.Equal(Enumerable.Reverse(submitted), descending.Take(2));
    }

    [Fact]
    public async Task List_CreationDateDescending_IsTheReverseOfCreationOrder()
    {
        await SeedAsync();

        var (ascending, _) = await ListAsync("?sort=creation_date");
        var (descending, _) = await ListAsync("?sort=-creation_date");

        Assert.Equal(Enumerable.Reverse(ascending), descending);
    }

    [Fact]
    public async Task List_PagesNeverOverlapAndCoverEverything()
    {
        await SeedAsync();
        var (all, total) = await ListAsync("?sort=-reference");

        var pages = new List<string>();
        for (var offset = 0; offset < all.Count; offset += 4)
        {
            var (page, pageTotal) = await ListAsync($"?sort=-reference&limit=4&offset={offset}");
            Assert.Equal(total, pageTotal);
            pages.AddRange(page);
        }

        Assert.Equal(all, pages);
        var (beyond, beyondTotal) = await ListAsync("?offset=1000");
        Assert.Empty(beyond);
        Assert.Equal(total, beyondTotal);
    }

    [Fact]
    public async Task List_EveryFilter_SelectsOnlyMatchingOrders()
    {
        var orders = await SeedAsync();
        static string? EndpointRef(JsonNode order) => order["bounds"]![0]!["endpoints"]![0]!["reference"]?.GetValue<string>();
        var endpoint = EndpointRef(orders[0])!;
        var sameEndpoint = orders.Where(o => EndpointRef(o) == endpoint).Select(o => o["reference"]!.GetValue<string>()).ToList();

        Assert.Equal(sameEndpoint, (await ListAsync($"?endpoint_ref={endpoint}")).References);
        Assert.Equal("0", (await ListAsync($"?endpoint_ref={endpoint}&product_family=F")).Total);
        Assert.Equal("2", (await ListAsync("?end_customer=Alethkar%20Palace")).Total);
        Assert.Equal("0", (await ListAsync("?end_customer=Alethkar")).Total);
        Assert.Equal("0", (await ListAsync("?end_customer=alethkar%20palace")).Total);
        Assert.Equal("1", (await ListAsync("?product_line=SD&status=submitted")).Total);
        Assert.Equal("1", (await ListAsync($"?reference={orders[0]["reference"]}")).Total);
        Assert.Equal("0", (await ListAsync("?type=terminate")).Total);
        Assert.Equal("0", (await ListAsync("?status=unknown-status")).Total);
    }

    [Theory]
    [InlineData("?sort=status", "sort")]
    [InlineData("?sort=-uuid", "sort")]
    [InlineData("?limit=-1", "limit")]
    [InlineData("?offset=abc", "offset")]
    public async Task List_BadParameter_Is400NamingIt(string query, string field)
    {
        var response = await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/" + query);

        Assert.Equal(400, response.Code);
        Assert.Contains(field, response.ErrorFields);
    }
}
