using System.Security.Cryptography;
using System.Text;
using Covage.Conformance.Certification.Reports;
using Covage.Conformance.Cli;
using Covage.Conformance.Reports;
using Covage.Conformance.SchemaValidation;

namespace Covage.Conformance.Certification;

/// <summary>
/// <c>certify-client [options] [-- COMMAND [ARGS...]]</c>: a fresh sandbox, the client run against it
/// (or served to until stopped), then every call it made judged and the certificate written.
/// </summary>
internal static class CertifyCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, TimeProvider time, CancellationToken ct)
    {
        var options = CertifyOptions.Parse(args);
        if (options.Help)
        {
            stdout.WriteLine(CertifyOptions.Usage.TrimEnd());
            return ExitCodes.Passed;
        }

        var schemasDirectory = KitInfo.DefaultSchemasDirectory();
        var rulesFile = Path.Combine(KitInfo.DefaultFeaturesDirectory(), "RULES.md");
        if (!File.Exists(Path.Combine(schemasDirectory, "endpoints.json")) || !File.Exists(rulesFile))
        {
            throw new UsageException($"the kit's schemas or rule catalogue are missing ({schemasDirectory}, {rulesFile})");
        }

        var startedAt = time.GetUtcNow();
        await using var sandbox = await ServeCommand.StartAsync(
            new ServeCommandLine { Port = options.Port, SimulatorKey = options.SimulatorKey, Autopilot = options.Autopilot }, ct);
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        var control = new SandboxControl(http, sandbox.SimulatorKey, time);
        if (options.Faults is { } faults)
        {
            await control.ApplyFaultsAsync(faults, ct);
        }

        stdout.WriteLine($"Covage client certification (kit {KitInfo.Version})");
        ClientOutcome? outcome = null;
        if (options.Command.Count > 0)
        {
            outcome = await RunClientAsync(options, sandbox, stdout, stderr, time, ct);
        }
        else
        {
            await ServeUntilStoppedAsync(sandbox, stdout, ct);
        }

        // The judgement runs even after Ctrl-C: what was recorded until then is judged.
        var (calls, consoleCalls, forgotten) = await control.ReadTrafficAsync(CancellationToken.None);
        if (forgotten > 0)
        {
            stdout.WriteLine($"note: the sandbox keeps only its last 10,000 calls (64 MB of bodies); the first {forgotten} were not judged.");
        }

        var verdict = Judgement.Judge(calls, await SchemaCatalog.LoadAsync(schemasDirectory, CancellationToken.None), options.Required, outcome?.TimedOutAfter);
        var report = new CertificationReport(KitInfo.Version, startedAt, time.GetUtcNow(), sandbox.BaseAddress, options.Autopilot, options.Command,
            outcome, options.Faults, calls, consoleCalls, verdict, new RuleBook(CatalogueRule.Load(rulesFile)),
            Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(rulesFile))), ContentHash.OfDirectory(schemasDirectory));
        var paths = WriteReports(report, options.ReportDirectory);
        CertificationConsole.Write(stdout, report, paths);
        return verdict.Certified ? ExitCodes.Passed : ExitCodes.Failed;
    }

    private static async Task<ClientOutcome> RunClientAsync(CertifyOptions options, Sandbox sandbox, TextWriter stdout, TextWriter stderr, TimeProvider time, CancellationToken ct)
    {
        var user = sandbox.Fixtures.Operators[0].UserInGroup("delivery") ?? sandbox.Fixtures.Operators[0].Users[0];
        var folder = Directory.CreateTempSubdirectory("covage-certify-");
        try
        {
            var fixtures = Path.Combine(folder.FullName, "fixtures.json");
            await File.WriteAllTextAsync(fixtures, sandbox.FixturesJson, new UTF8Encoding(false), ct);
            var environment = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["COVAGE_BASE_URL"] = sandbox.BaseAddress.ToString(),
                ["COVAGE_EMAIL"] = user.Email,
                ["COVAGE_PASSWORD"] = user.Password,
                ["COVAGE_FIXTURES"] = fixtures,
                ["COVAGE_SIMULATOR_KEY"] = sandbox.SimulatorKey,
            };
            stdout.WriteLine($"Sandbox {sandbox.BaseAddress} (fresh, {(options.Autopilot ? "autopilot on" : "autopilot off")}); client: {string.Join(' ', options.Command)}");
            stdout.Flush();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, sandbox.StopRequested);
            return await ClientProcess.RunAsync(options.Command, environment, options.Timeout, stdout, stderr, time, stop.Token);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task ServeUntilStoppedAsync(Sandbox sandbox, TextWriter stdout, CancellationToken ct)
    {
        stdout.WriteLine(sandbox.Banner.Replace("Press Ctrl-C to stop.", "", StringComparison.Ordinal).TrimEnd());
        stdout.WriteLine($"Certifying every call to {sandbox.BaseAddress}api/: press Ctrl-C, or POST {sandbox.BaseAddress}_simulator/stop/ (header X-Simulator-Key), to stop and judge.");
        stdout.Flush();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, sandbox.StopRequested);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            stdout.WriteLine("stopped: judging the recorded calls.");
        }
    }

    private static IReadOnlyList<string> WriteReports(CertificationReport report, string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var html = Path.Combine(directory, "report.html");
            var junit = Path.Combine(directory, "junit.xml");
            var summary = Path.Combine(directory, "summary.json");
            CertificationHtmlWriter.Write(report, html);
            CertificationJunitWriter.Write(report, junit);
            CertificationSummaryWriter.Write(report, summary);
            return [html, junit, summary];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write the certification reports to {directory}: {e.Message}");
        }
    }
}
