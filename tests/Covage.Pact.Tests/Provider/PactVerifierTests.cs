using Covage.Pact.Consumer;
using Covage.Pact.Provider;
using Covage.Pact.Tests.Support;

namespace Covage.Pact.Tests.Provider;

public sealed class PactVerifierTests
{
    [Theory]
    [InlineData(PactSpecification.V2)]
    [InlineData(PactSpecification.V3)]
    [InlineData(PactSpecification.V4)]
    public async Task VerifyAsync_ProviderHonoursPact_Passes(PactSpecification specification)
    {
        using var dir = new TempDirectory();
        var file = await UsersPact.WriteAsync(dir.Path, specification);
        await using var provider = await ProviderApp.StartAsync();

        var result = await Verifier(provider, file).VerifyAsync();

        Assert.True(result.Passed, result.ToString());
        Assert.Equal(0, result.ExitCode);
        var interaction = Assert.Single(result.Interactions);
        Assert.Equal("a request for user 42", interaction.Description);
        Assert.Equal("user exists", interaction.ProviderState);
        Assert.Equal(UsersPact.Consumer, interaction.Consumer);
        Assert.True(interaction.Passed);
        Assert.Empty(interaction.Mismatches);
        Assert.Empty(result.Errors);
        Assert.Contains("has status code 200 (OK)", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_WrongStatus_FailsWithNamedStatusMismatch()
    {
        using var dir = new TempDirectory();
        var file = await UsersPact.WriteAsync(dir.Path, PactSpecification.V4, expectedStatus: 201);
        await using var provider = await ProviderApp.StartAsync();

        var result = await Verifier(provider, file).VerifyAsync();

        Assert.False(result.Passed);
        Assert.NotEqual(0, result.ExitCode);
        var interaction = Assert.Single(result.Interactions);
        Assert.False(interaction.Passed);
        var status = Assert.Single(interaction.Mismatches, m => m.Type == "StatusMismatch");
        Assert.Equal("201", status.Expected);
        Assert.Equal("200", status.Actual);
        Assert.StartsWith("status: ", status.ToString(), StringComparison.Ordinal);
        Assert.Contains("FAIL a request for user 42", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_BodyBreaksMatchers_FailsWithBodyMismatchesAtPaths()
    {
        using var dir = new TempDirectory();
        var file = await UsersPact.WriteAsync(dir.Path, PactSpecification.V3);
        await using var provider = await ProviderApp.StartAsync();
        provider.UserBody = new { id = "42", name = "lower", email = "nomail" };

        var result = await Verifier(provider, file).VerifyAsync();

        Assert.False(result.Passed);
        var mismatches = Assert.Single(result.Interactions).Mismatches;
        Assert.All(mismatches, m => Assert.Equal("BodyMismatch", m.Type));
        Assert.Equal(["$.email", "$.id", "$.name"], mismatches.Select(m => m.Path).Order(StringComparer.Ordinal));
        Assert.Contains(mismatches, m => m.Path == "$.name" && m.Description.Contains("match", StringComparison.Ordinal));
        Assert.Contains(mismatches, m => m.Path == "$.email" && m.Description.Contains("include", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VerifyAsync_WithStateUrl_CallsSetupThenTeardownWithParams()
    {
        using var dir = new TempDirectory();
        var file = await UsersPact.WriteAsync(dir.Path, PactSpecification.V4);
        await using var provider = await ProviderApp.StartAsync();

        var result = await Verifier(provider, file).VerifyAsync();

        Assert.True(result.Passed, result.ToString());
        var calls = provider.StateCalls.ToArray();
        Assert.Equal(2, calls.Length);
        Assert.StartsWith("setup:user exists:", calls[0], StringComparison.Ordinal);
        Assert.StartsWith("teardown:user exists:", calls[1], StringComparison.Ordinal);
        Assert.Contains("\"id\":\"42\"", calls[0], StringComparison.Ordinal);
        Assert.Contains("\"active\":true", calls[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_WithoutStateUrl_FailsBecauseStateIsNotSetUp()
    {
        using var dir = new TempDirectory();
        var file = await UsersPact.WriteAsync(dir.Path, PactSpecification.V4);
        await using var provider = await ProviderApp.StartAsync();

        var result = await new PactVerifier(UsersPact.Provider).WithProvider(provider.BaseUri).WithPactFile(file).VerifyAsync();

        Assert.False(result.Passed);
        Assert.Empty(provider.StateCalls);
        Assert.Contains(Assert.Single(result.Interactions).Mismatches, m => m.Type == "StatusMismatch" && m.Actual == "404");
    }

    [Fact]
    public async Task VerifyAsync_CustomHeader_ReachesProvider()
    {
        using var dir = new TempDirectory();
        var file = await UsersPact.WriteAsync(dir.Path, PactSpecification.V4);
        await using var provider = await ProviderApp.StartAsync();

        var result = await Verifier(provider, file).WithCustomHeader("X-Kit", "covage").VerifyAsync();

        Assert.True(result.Passed, result.ToString());
        Assert.Equal(["covage"], provider.SeenHeaders.ToArray());
    }

    [Fact]
    public async Task VerifyAsync_DescriptionFilterExcludesAll_VerifiesNothing()
    {
        using var dir = new TempDirectory();
        var file = await UsersPact.WriteAsync(dir.Path, PactSpecification.V4);
        await using var provider = await ProviderApp.StartAsync();

        var result = await Verifier(provider, file).WithFilter(descriptionRegex: "^nothing matches this$").VerifyAsync();

        Assert.Empty(result.Interactions);
        Assert.Empty(provider.StateCalls);
    }

    [Fact]
    public async Task VerifyAsync_MissingPactFile_FailsCleanlyWithError()
    {
        await using var provider = await ProviderApp.StartAsync();
        var missing = Path.Combine(Path.GetTempPath(), "covage-no-such-pact-" + Guid.NewGuid().ToString("N") + ".json");

        var result = await Verifier(provider, missing).VerifyAsync();

        Assert.False(result.Passed);
        Assert.Empty(result.Interactions);
        var error = Assert.Single(result.Errors);
        Assert.Contains(missing, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_MalformedPactFile_FailsCleanlyWithError()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "broken.json");
        await File.WriteAllTextAsync(file, "{ this is not json");
        await using var provider = await ProviderApp.StartAsync();

        var result = await Verifier(provider, file).VerifyAsync();

        Assert.False(result.Passed);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public async Task VerifyAsync_ProviderUnreachable_FailsWithRequestError()
    {
        using var dir = new TempDirectory();
        var file = await UsersPact.WriteAsync(dir.Path, PactSpecification.V4);

        var result = await new PactVerifier(UsersPact.Provider)
            .WithProvider(new Uri("http://127.0.0.1:1/"))
            .WithPactFile(file)
            .VerifyAsync();

        Assert.False(result.Passed);
        var interaction = Assert.Single(result.Interactions);
        Assert.False(interaction.Passed);
        Assert.Contains("error sending request", interaction.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_RunTwiceOnSameVerifier_BothSucceed()
    {
        // Each run takes and frees the engine's report strings; a double free would crash the process.
        using var dir = new TempDirectory();
        var file = await UsersPact.WriteAsync(dir.Path, PactSpecification.V4);
        await using var provider = await ProviderApp.StartAsync();
        var verifier = Verifier(provider, file);

        var first = await verifier.VerifyAsync();
        var second = await verifier.VerifyAsync();

        Assert.True(first.Passed, first.ToString());
        Assert.True(second.Passed, second.ToString());
        Assert.Equal(first.Interactions.Select(i => i.Description), second.Interactions.Select(i => i.Description));
    }

    [Fact]
    public async Task VerifyAsync_NoPactFile_ThrowsInvalidOperation()
    {
        var verifier = new PactVerifier(UsersPact.Provider).WithProvider(new Uri("http://127.0.0.1:1/"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => verifier.VerifyAsync());
    }

    private static PactVerifier Verifier(ProviderApp provider, string file) =>
        new PactVerifier(UsersPact.Provider)
            .WithProvider(provider.BaseUri)
            .WithProviderStateUrl(provider.StateUri)
            .WithPactFile(file);

    [Fact]
    public async Task VerifyAsync_StateInQueryMode_SendsActionAndStateInQuery()
    {
        using var dir = new TempDirectory();
        var file = await UsersPact.WriteAsync(dir.Path, PactSpecification.V4);
        await using var provider = await ProviderApp.StartAsync();

        var result = await new PactVerifier(UsersPact.Provider)
            .WithProvider(provider.BaseUri)
            .WithProviderStateUrl(provider.StateUri, teardown: false, ProviderStateBodyMode.Query)
            .WithPactFile(file)
            .VerifyAsync();

        Assert.True(result.Passed, result.ToString());
        Assert.Equal(["setup:user exists:query"], provider.StateCalls.ToArray());
    }

    [Fact]
    public async Task VerifyAsync_UnknownProviderState_FailsWithStateChangeError()
    {
        using var dir = new TempDirectory();
        using var pact = new PactBuilder(UsersPact.Consumer, UsersPact.Provider, PactSpecification.V4);
        pact.UponReceiving("a request in an odd state").Given("the moon is full").WithRequest("GET", "/users/42").WillRespond(200);
        var file = pact.WriteTo(dir.Path);
        await using var provider = await ProviderApp.StartAsync();

        var result = await Verifier(provider, file).VerifyAsync();

        Assert.False(result.Passed);
        var interaction = Assert.Single(result.Interactions);
        Assert.False(interaction.Passed);
        Assert.Contains("state change", interaction.Error, StringComparison.Ordinal);
        Assert.Contains("the moon is full", interaction.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_PactDirectory_VerifiesEveryPactInIt()
    {
        using var dir = new TempDirectory();
        await UsersPact.WriteAsync(dir.Path, PactSpecification.V4);
        await using var provider = await ProviderApp.StartAsync();

        var result = await new PactVerifier(UsersPact.Provider)
            .WithProvider(provider.BaseUri)
            .WithProviderStateUrl(provider.StateUri)
            .WithPactDirectory(dir.Path)
            .VerifyAsync();

        Assert.True(result.Passed, result.ToString());
        Assert.Single(result.Interactions);
    }

    [Fact]
    public async Task VerifyAsync_HandWrittenV2Pact_Passes()
    {
        // A V2 file as other Pact libraries write it: providerState as text, rules keyed by $.body paths.
        const string V2 = """
            {
              "consumer": { "name": "OtherClient" },
              "provider": { "name": "KitProvider" },
              "interactions": [
                {
                  "description": "a request for user 42",
                  "providerState": "user exists",
                  "request": { "method": "GET", "path": "/users/42", "headers": { "Accept": "application/json" } },
                  "response": {
                    "status": 200,
                    "headers": { "Content-Type": "application/json" },
                    "body": { "id": 1, "name": "Anyone", "email": "a@b.c" },
                    "matchingRules": {
                      "$.body.id": { "match": "type" },
                      "$.body.name": { "match": "regex", "regex": "^[A-Z][a-z]+$" },
                      "$.body.email": { "match": "type" }
                    }
                  }
                }
              ],
              "metadata": { "pactSpecification": { "version": "2.0.0" } }
            }
            """;
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "OtherClient-KitProvider.json");
        await File.WriteAllTextAsync(file, V2);
        await using var provider = await ProviderApp.StartAsync();

        var result = await Verifier(provider, file).VerifyAsync();

        Assert.True(result.Passed, result.ToString());
        Assert.Equal("OtherClient", Assert.Single(result.Interactions).Consumer);
        Assert.Equal(["setup:user exists:{}", "teardown:user exists:{}"], provider.StateCalls.ToArray());
    }
}
