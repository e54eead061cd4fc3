using Covage.Conformance.Cli;
using Covage.Pact;
using Covage.Pact.Provider;
using Covage.Provider;

namespace Covage.Conformance.PactVerification;

/// <summary>
/// <c>verify-pact FILE... [--target URL] [--token T] [--simulator-key KEY] [--report-dir DIR]</c>:
/// verifies pact files against the built-in provider (default) or a live URL.
/// </summary>
internal static class PactVerifyCommand
{
    private const string PactToken = "sandbox-pact-token";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            var options = PactVerifyOptions.Parse(args);
            if (options.Help)
            {
                await stdout.WriteLineAsync(PactVerifyOptions.Usage);
                return ExitCodes.Passed;
            }

            var provider = PactFileCheck.Check(options.Files);
            return options.Target is null
                ? await VerifyBuiltInAsync(options, provider, stdout, ct)
                : await VerifyLiveAsync(options, options.Target, provider, stdout, ct);
        }
        catch (PactUsageException e)
        {
            await stderr.WriteLineAsync("verify-pact: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (PactEngineException e)
        {
            await stderr.WriteLineAsync("verify-pact: " + e.Message.Split('\n')[0]);
            return ExitCodes.Usage;
        }
    }

    private static async Task<int> VerifyBuiltInAsync(PactVerifyOptions options, string provider, TextWriter stdout, CancellationToken ct)
    {
        var key = "pact-" + Guid.NewGuid().ToString("N");
        await using var host = await ProviderHost.StartAsync(new ProviderOptions { SimulatorKey = key, EnableConsole = false }, ProviderTransport.Loopback,
            cancellationToken: ct);
        using var http = new HttpClient(host.CreateHandler());
        await using var relay = await ProviderStateRelay.StartAsync(host.BaseAddress, key, http, $"Bearer {PactToken}", ct);
        // Interactions without a provider state still need the token to be known.
        await RegisterTokenAsync(http, host.BaseAddress, key, ct);
        return await VerifyAsync(options, provider, host.BaseAddress, "the built-in provider", relay, $"Bearer {PactToken}", stdout, ct);
    }

    private static async Task<int> VerifyLiveAsync(PactVerifyOptions options, Uri target, string provider, TextWriter stdout, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            using var probe = await http.GetAsync(target, ct);
        }
        catch (HttpRequestException e)
        {
            throw new PactUsageException($"cannot reach the target {target} ({e.Message})", e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new PactUsageException($"cannot reach the target {target} (no answer in 30 s)", e);
        }

        ProviderStateRelay? relay = null;
        try
        {
            if (options.SimulatorKey is not null)
            {
                relay = await ProviderStateRelay.StartAsync(target, options.SimulatorKey, http, Authorization(options.Token), ct);
            }
            else
            {
                await stdout.WriteLineAsync("note: no --simulator-key, so provider states are not set up on the target");
            }

            return await VerifyAsync(options, provider, target, target.ToString(), relay, Authorization(options.Token), stdout, ct);
        }
        finally
        {
            if (relay is not null)
            {
                await relay.DisposeAsync();
            }
        }
    }

    private static async Task<int> VerifyAsync(PactVerifyOptions options, string provider, Uri target, string targetName, ProviderStateRelay? relay,
        string? authorization, TextWriter stdout, CancellationToken ct)
    {
        var verifier = new PactVerifier(provider).WithProvider(target).WithPactFiles(options.Files);
        if (relay is not null)
        {
            verifier.WithProviderStateUrl(relay.Address, teardown: true);
        }

        if (authorization is not null)
        {
            verifier.WithCustomHeader("Authorization", authorization);
        }

        var result = await verifier.VerifyAsync(ct);
        var report = PactJunitWriter.Write(result, options.ReportDirectory, targetName);
        await stdout.WriteLineAsync($"Pact verification against {targetName}");
        foreach (var interaction in result.Interactions)
        {
            await stdout.WriteLineAsync(interaction.ToString());
        }

        foreach (var error in result.Errors)
        {
            await stdout.WriteLineAsync("ERROR " + error);
        }

        var passed = result.Interactions.Count(i => i.Passed);
        await stdout.WriteLineAsync($"{passed} of {result.Interactions.Count} interaction(s) passed; report: {report}");
        if (relay is not null && relay.Refused.Count > 0)
        {
            var (state, why) = relay.Refused.First();
            throw new PactUsageException($"the target refused provider state \"{state}\": {why}");
        }

        if (result.Interactions.Count > 0 && result.Interactions.All(i => !i.Passed && IsUnreachable(i.Error)))
        {
            throw new PactUsageException($"cannot reach the target {target}");
        }

        return result.Passed && result.Errors.Count == 0 ? ExitCodes.Passed : ExitCodes.Failed;
    }

    private static string? Authorization(string? token) => token is null ? null
        : token.StartsWith("Bearer ", StringComparison.Ordinal) || token.StartsWith("JWT ", StringComparison.Ordinal) ? token : "Bearer " + token;

    private static bool IsUnreachable(string? error) =>
        error is not null && (error.Contains("error sending request", StringComparison.OrdinalIgnoreCase)
            || error.Contains("Connection refused", StringComparison.OrdinalIgnoreCase));

    private static async Task RegisterTokenAsync(HttpClient http, Uri baseAddress, string key, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, "_simulator/provider-states"))
        {
            Content = new StringContent($$"""{"state":"an authenticated operator","params":{"token":"{{PactToken}}"},"action":"setup"}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Simulator-Key", key);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
    }
}
