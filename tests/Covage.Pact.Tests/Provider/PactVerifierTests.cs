using Covage.Pact.Consumer;
using Covage.Pact.Provider;
using Covage.Pact.Tests.Support;

namespace Covage.Pact.Tests.Provider;

public sealed class PactVerifierTests
{
    [Theory]
    [InlineData(PactSpecification.V3)]
    [InlineData(PactSpecification.V4)]
    public async Task VerifyAsync_ProviderHonoursPact_Passes(PactSpecification specification)
    {
        using var dir = new TempDirectory();
        var file = await UsersPact.WriteAsync(dir.Path, specification);
        await using var provider = await ProviderApp.StartAsync();

        var result = await new PactVerifier(UsersPact.Provider)
            .WithProvider(provider.BaseUri)
            .WithProviderStateUrl(provider.StateUri)
            .WithPactFile(file)
            .VerifyAsync();
        File.WriteAllText($"/tmp/pact-verify-{specification}.json", result.Json);

        Assert.True(result.Passed, result.ToString());
    }
}
