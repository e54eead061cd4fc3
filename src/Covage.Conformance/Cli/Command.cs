namespace Covage.Conformance.Cli;

/// <summary>What the command line asked for, once parsed.</summary>
internal abstract record Command;

/// <summary><c>run</c>: the suite against the built-in provider or a live URL.</summary>
internal sealed record RunCommandLine : Command
{
    public string? Target { get; init; }

    public string? Token { get; init; }

    public string? Email { get; init; }

    public string? Password { get; init; }

    public string? SimulatorKey { get; init; }

    public string? Tags { get; init; }

    public string ReportDir { get; init; } = "conformance-report";

    public string? Fixtures { get; init; }

    public string? Features { get; init; }

    public int? Parallel { get; init; }

    public Shard? Shard { get; init; }

    /// <summary>--max-not-applicable: more not applicable scenarios than this fails the run (null: no limit).</summary>
    public int? MaxNotApplicable { get; init; }

    /// <summary>--embed: which steps keep their requests and responses in cucumber.json.</summary>
    public Reports.EmbedPolicy Embed { get; init; } = Reports.EmbedPolicy.FailedSteps;

    /// <summary>--step-timeout: how long one step may take before it is stopped.</summary>
    public TimeSpan StepTimeout { get; init; } = Drivers.StepDeadline.DefaultTimeout;
}

/// <summary><c>serve</c>: the reference provider as a sandbox on loopback.</summary>
internal sealed record ServeCommandLine : Command
{
    public string Host { get; init; } = "127.0.0.1";

    public int Port { get; init; } = 8080;

    public string? SimulatorKey { get; init; }

    public bool Autopilot { get; init; }

    /// <summary>Whether every call is recorded for the console's traffic view (off: --no-traffic-log, for load tests).</summary>
    public bool TrafficLog { get; init; } = true;
}

/// <summary><c>selftest</c>: the suite against the mutant catalogue.</summary>
internal sealed record SelfTestCommandLine : Command
{
    public string ReportDir { get; init; } = "conformance-report";

    /// <summary>Mutant ids, id prefixes or rule IDs to run (all when null).</summary>
    public IReadOnlyList<string>? Only { get; init; }

    /// <summary>Mutants run at once (default: twice the processors, at least 2).</summary>
    public int? Parallel { get; init; }

    /// <summary>Scenarios of one mutant run at once.</summary>
    public int ScenarioParallel { get; init; } = 4;

    /// <summary>Print the catalogue instead of running it.</summary>
    public bool List { get; init; }

    /// <summary>Stop each mutant at its first failing scenario (faster; the counts of failing scenarios are then partial).</summary>
    public bool FirstCatch { get; init; }
}

/// <summary><c>verify-pact</c>: handed over as-is to the Pact verifier.</summary>
internal sealed record VerifyPactCommandLine(IReadOnlyList<string> Arguments) : Command;

/// <summary><c>certify-client</c>: its options and the client's command, parsed by the command itself.</summary>
internal sealed record CertifyClientCommandLine(IReadOnlyList<string> Arguments) : Command;

/// <summary><c>merge-reports DIR...</c>: the reports of several shards as one set.</summary>
internal sealed record MergeReportsCommandLine(IReadOnlyList<string> Directories) : Command
{
    public string ReportDir { get; init; } = "conformance-report";
}

/// <summary><c>openapi</c>: the sandbox's OpenAPI description, to stdout or a file.</summary>
internal sealed record OpenApiCommandLine : Command
{
    public string? Output { get; init; }
}

/// <summary><c>--help</c>, <c>help</c>, or <c>help SUBCOMMAND</c>.</summary>
internal sealed record HelpCommandLine(string? Topic) : Command;

/// <summary><c>--version</c>.</summary>
internal sealed record VersionCommandLine : Command;
