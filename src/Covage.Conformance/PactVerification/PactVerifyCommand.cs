using Covage.Conformance.Cli;
using Covage.Pact;
using Covage.Pact.Provider;
using Covage.Provider;

namespace Covage.Conformance.PactVerification;

/// <summary>
/// <c>verify-pact FILE... [--target URL] [--token T] [--simulator-key KEY] [--provider-name NAME]
/// [--report-dir DIR] [--verbose]</c>: verifies pact files against the built-in provider (default) or
/// a live URL. The engine calls a loopback proxy in front of the target, so each failure can quote
/// what the provider answered.
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

            var pacts = PactFileCheck.Check(options.Files, options.ProviderName);
            using var tagged = TaggedPacts.Write(pacts);
            return options.Target is null
                ? await VerifyBuiltInAsync(options, tagged, stdout, ct)
                : await VerifyLiveAsync(options, options.Target, tagged, stdout, ct);
        }
        catch (UsageException e)
        {
            return await FailAsync(stderr, e.Message);
        }
        catch (PactEngineException e)
        {
            return await FailAsync(stderr, e.Message);
        }
    }

    // The same one line as every other exit 2 of the CLI: the program's name, then the reason.
    private static async Task<int> FailAsync(TextWriter stderr, string reason)
    {
        await stderr.WriteLineAsync($"{KitInfo.ProgramName}: {reason.Split('\n')[0].Trim()}");
        return ExitCodes.Usage;
    }

    private static async Task<int> VerifyBuiltInAsync(PactVerifyOptions options, TaggedPacts tagged, TextWriter stdout, CancellationToken ct)
    {
        var key = "pact-" + Guid.NewGuid().ToString("N");
        await using var host = await ProviderHost.StartAsync(new ProviderOptions { SimulatorKey = key, EnableConsole = false }, ProviderTransport.Loopback,
            cancellationToken: ct);
        using var http = new HttpClient(host.CreateHandler());
        await using var relay = await ProviderStateRelay.StartAsync(host.BaseAddress, key, http, ct);
        // Interactions without a provider state still need the token to be known.
        await RegisterTokenAsync(http, host.BaseAddress, key, ct);
        return await VerifyAsync(options, host.BaseAddress, "the built-in provider", relay, $"Bearer {PactToken}", tagged, stdout, ct);
    }

    private static async Task<int> VerifyLiveAsync(PactVerifyOptions options, Uri target, TaggedPacts tagged, TextWriter stdout, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            using var probe = await http.GetAsync(target, ct);
        }
        catch (HttpRequestException e)
        {
            throw new UsageException($"cannot reach the target {target} ({e.Message})", e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new UsageException($"cannot reach the target {target} (no answer in 30 s)", e);
        }

        ProviderStateRelay? relay = null;
        try
        {
            if (options.SimulatorKey is not null)
            {
                relay = await ProviderStateRelay.StartAsync(target, options.SimulatorKey, http, ct);
            }
            else
            {
                await stdout.WriteLineAsync("note: no --simulator-key, so provider states are not set up on the target");
            }

            return await VerifyAsync(options, target, target.ToString(), relay, Authorization(options.Token), tagged, stdout, ct);
        }
        finally
        {
            if (relay is not null)
            {
                await relay.DisposeAsync();
            }
        }
    }

    private static async Task<int> VerifyAsync(PactVerifyOptions options, Uri target, string targetName, ProviderStateRelay? relay,
        string? authorization, TaggedPacts tagged, TextWriter stdout, CancellationToken ct)
    {
        await using var proxy = await ProviderProxy.StartAsync(target, ct);
        var verifier = new PactVerifier(options.ProviderName ?? PactFileCheck.DefaultProvider).WithProvider(proxy.Address).WithPactFiles(tagged.Files);
        if (relay is not null)
        {
            verifier.WithProviderStateUrl(relay.Address, teardown: true);
        }

        if (authorization is not null)
        {
            verifier.WithCustomHeader("Authorization", authorization);
        }

        var result = await verifier.VerifyAsync(ct);
        if (options.Verbose)
        {
            await stdout.WriteLineAsync(result.Output.TrimEnd());
            await stdout.WriteLineAsync();
        }

        var verdicts = Verdicts(result, tagged, proxy);
        var report = PactJunitWriter.Write(verdicts, result.Errors, options.ReportDirectory, targetName);
        await stdout.WriteLineAsync($"Pact verification against {targetName}");
        foreach (var verdict in verdicts)
        {
            await stdout.WriteLineAsync(verdict.ToString());
        }

        foreach (var error in result.Errors)
        {
            await stdout.WriteLineAsync("ERROR " + error);
        }

        await stdout.WriteLineAsync($"{verdicts.Count(v => v.Passed)} of {verdicts.Count} interaction(s) passed; report: {report}");
        if (relay is not null && relay.Refused.Count > 0)
        {
            var (state, why) = relay.Refused.First();
            throw new UsageException($"the target refused provider state \"{state}\": {why}");
        }

        if (result.Interactions.Count > 0 && result.Interactions.All(i => !i.Passed && IsUnreachable(i.Error)))
        {
            throw new UsageException($"cannot reach the target {target}");
        }

        return result.Passed && result.Errors.Count == 0 ? ExitCodes.Passed : ExitCodes.Failed;
    }

    // The engine reports interactions by description (and state); the tags say which answer is whose.
    private static List<PactVerdict> Verdicts(PactVerificationResult result, TaggedPacts tagged, ProviderProxy proxy)
    {
        var unclaimed = tagged.Interactions.ToList();
        var verdicts = new List<PactVerdict>();
        foreach (var interaction in result.Interactions)
        {
            var candidates = unclaimed.Where(t => t.Description == interaction.Description && (interaction.Consumer is null || t.Consumer == interaction.Consumer)).ToList();
            var mine = candidates.Find(t => t.States == interaction.ProviderState) ?? candidates.FirstOrDefault();
            if (mine is not null)
            {
                unclaimed.Remove(mine);
            }

            verdicts.Add(new PactVerdict(interaction, mine is null ? null : proxy.Answer(mine.Tag)));
        }

        return verdicts;
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
