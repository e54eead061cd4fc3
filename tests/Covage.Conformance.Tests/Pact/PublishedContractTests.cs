using System.Text.Json.Nodes;
using Covage.Conformance.Tests.Cli;

namespace Covage.Conformance.Tests.Pact;

/// <summary>
/// The published contract is what the consumer tests produce. Regenerate it with
/// <c>COVAGE_WRITE_CONTRACTS=1 dotnet test tests/Covage.Conformance.Tests --filter FullyQualifiedName~Pact.PublishedContractTests</c>.
/// </summary>
public sealed class PublishedContractTests
{
    [Fact]
    public async Task WriteAsync_ConsumerTests_ProduceTheCommittedContract()
    {
        using var temp = new TempFolder();
        var produced = await CovageContract.WriteAsync(temp.Path);
        if (Environment.GetEnvironmentVariable("COVAGE_WRITE_CONTRACTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(PactTestFiles.Contract)!);
            File.Copy(produced, PactTestFiles.Contract, overwrite: true);
        }

        Assert.True(File.Exists(PactTestFiles.Contract), $"{PactTestFiles.Contract} is missing: run the consumer tests with COVAGE_WRITE_CONTRACTS=1");
        var expected = WithoutVersions(File.ReadAllText(PactTestFiles.Contract));
        var actual = WithoutVersions(File.ReadAllText(produced));
        Assert.True(JsonNode.DeepEquals(expected, actual),
            "contracts/" + CovageContract.FileName + " differs from what the consumer tests produce; regenerate it with COVAGE_WRITE_CONTRACTS=1");
    }

    [Fact]
    public void Contract_CoversEveryPublishedInteraction_WithMatchingRules()
    {
        var pact = JsonNode.Parse(File.ReadAllText(PactTestFiles.Contract))!;
        var interactions = pact["interactions"]!.AsArray();

        Assert.Equal(CovageContract.Consumer, pact["consumer"]!["name"]!.GetValue<string>());
        Assert.Equal(CovageContract.Provider, pact["provider"]!["name"]!.GetValue<string>());
        Assert.Equal(18, interactions.Count);
        Assert.All(interactions, i => Assert.NotNull(i!["response"]!["matchingRules"]));
        Assert.Contains(interactions, i => i!["response"]!["status"]!.GetValue<int>() == 429);
    }

    // Metadata carries the engine's versions: a newer engine must not make the contract "differ".
    private static JsonObject WithoutVersions(string text)
    {
        var node = JsonNode.Parse(text)!.AsObject();
        node.Remove("metadata");
        return node;
    }
}
