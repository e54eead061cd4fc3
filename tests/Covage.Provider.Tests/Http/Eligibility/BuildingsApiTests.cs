using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.Eligibility;

public sealed class BuildingsApiTests(ProviderFixture provider) : ProviderTest(provider)
{
    [Theory]
    [InlineData("/api/v2/eligibility/buildings/IMB/76540/X/043X/?include_stairs=true")]
    [InlineData("/api/v2/eligibility/buildings/IMB%2F76540%2FX%2F043X/?include_stairs=true")]
    [InlineData("/api/v2/eligibility/buildings/IMB/76540/X/043X?include_stairs=true")]
    public async Task Building_RawOrEncodedRef_ListsStairsAndFloors(string path)
    {
        var response = await Api.CallAsync(HttpMethod.Get, path);

        Assert.True(response.Code == 200, response.Body);
        Assert.Equal("IMB/76540/X/043X", response.Json["building_ref"]!.GetValue<string>());
        Assert.Equal(["0", "1", "2", "3", "4", "5"], response.Json["stairs"]!["NA^1"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Fact]
    public async Task Building_WithOtpRefs_PlacesTheSeededOtpOnItsFloor()
    {
        var response = await Api.CallAsync(HttpMethod.Get, "/api/v2/eligibility/buildings/IMB/76540/X/043X/?include_otp_ref=true");

        Assert.Equal(200, response.Code);
        Assert.Contains("FI-4672-5988", response.Json["stairs_with_otp_ref"]!["NA^1"]!["0"]!.AsArray().Select(o => o!.GetValue<string>()));
    }

    [Fact]
    public async Task Building_Unknown_Is404InTheEnvelope()
    {
        var response = await Api.CallAsync(HttpMethod.Get, "/api/v2/eligibility/buildings/IMB/00000/X/0000/");

        Assert.Equal(404, response.Code);
        Assert.StartsWith("KOSC_", response.Json["apirequest_uuid"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Building_WithoutToken_Is401()
    {
        var response = await Api.SendAsync(HttpMethod.Get, "/api/v2/eligibility/buildings/IMB/76540/X/043X/", null, null);

        Assert.Equal(401, response.Code);
    }
}
