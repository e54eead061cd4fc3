namespace Covage.Conformance.Cli;

/// <summary>
/// Strict, hand-written parsing: every option is known, given once, and has its value; anything
/// else is a <see cref="UsageException"/> naming the problem.
/// </summary>
internal static class CliParser
{
    private static readonly string[] RunOptions =
        ["--target", "--token", "--email", "--password", "--simulator-key", "--tags", "--report-dir", "--fixtures", "--features", "--parallel", "--shard",
         "--max-not-applicable", "--embed", "--step-timeout"];

    private static readonly string[] ServeOptions = ["--host", "--port", "--simulator-key"];

    private static readonly string[] SelfTestOptions = ["--report-dir", "--only", "--parallel"];

    public static Command Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return new RunCommandLine();
        }

        var first = args[0];
        var rest = args.Skip(1).ToList();
        switch (first)
        {
            case "--help" or "-h" or "help":
                if (rest.Count > 1)
                {
                    throw new UsageException($"help takes at most one subcommand, got: {string.Join(' ', rest)}");
                }

                return new HelpCommandLine(rest.Count == 1 ? KnownTopic(rest[0]) : null);
            case "--version":
                return rest.Count == 0 ? new VersionCommandLine() : throw new UsageException($"--version takes no argument, got: {rest[0]}");
            case "run":
                return AsksHelp(rest) ? new HelpCommandLine("run") : ParseRun(rest);
            case "serve":
                return AsksHelp(rest) ? new HelpCommandLine("serve") : ParseServe(rest);
            case "merge-reports":
                return AsksHelp(rest) ? new HelpCommandLine("merge-reports") : ParseMerge(rest);
            case "openapi":
                return AsksHelp(rest) ? new HelpCommandLine("openapi") : ParseOpenApi(rest);
            case "verify-pact":
                return AsksHelp(rest) ? new HelpCommandLine("verify-pact") : new VerifyPactCommandLine(rest);
            case "selftest":
                return AsksHelp(rest) ? new HelpCommandLine("selftest") : ParseSelfTest(rest);
            case "certify-client":
                // Options after -- are the client's own: only a --help before it is the kit's.
                return AsksHelp(rest.TakeWhile(a => a != "--")) ? new HelpCommandLine("certify-client") : new CertifyClientCommandLine(rest);
            default:
                // `covage-conformance --tags @v2` means `run --tags @v2`.
                if (first.StartsWith("--", StringComparison.Ordinal))
                {
                    return AsksHelp(args) ? new HelpCommandLine("run") : ParseRun(args);
                }

                throw new UsageException($"unknown subcommand \"{first}\" (expected run, serve, verify-pact, certify-client, merge-reports, openapi, selftest or help)");
        }
    }

    private static string KnownTopic(string topic) =>
        topic is "run" or "serve" or "verify-pact" or "certify-client" or "openapi" or "merge-reports" or "selftest" ? topic
            : throw new UsageException($"no help on \"{topic}\" (try run, serve, verify-pact, certify-client, merge-reports, openapi or selftest)");

    private static bool AsksHelp(IEnumerable<string> args) => args.Any(a => a is "--help" or "-h");

    private static RunCommandLine ParseRun(IReadOnlyList<string> args)
    {
        var command = new RunCommandLine();
        foreach (var (name, value) in Options(args, "run", RunOptions, flags: []))
        {
            command = name switch
            {
                "--target" => command with { Target = Url(value!) },
                "--token" => command with { Token = NotEmpty(name, value!) },
                "--email" => command with { Email = NotEmpty(name, value!) },
                "--password" => command with { Password = value },
                "--simulator-key" => command with { SimulatorKey = NotEmpty(name, value!) },
                "--tags" => command with { Tags = NotEmpty(name, value!) },
                "--report-dir" => command with { ReportDir = NotEmpty(name, value!) },
                "--fixtures" => command with { Fixtures = NotEmpty(name, value!) },
                "--features" => command with { Features = NotEmpty(name, value!) },
                "--parallel" => command with { Parallel = Number(name, value!, 1, 256) },
                "--max-not-applicable" => command with { MaxNotApplicable = Number(name, value!, 0, int.MaxValue) },
                "--embed" => command with { Embed = Embed(value!) },
                "--step-timeout" => command with { StepTimeout = TimeSpan.FromSeconds(Number(name, value!, 1, 3600)) },
                "--shard" => command with { Shard = Shard.Parse(value!) },
                _ => throw new UsageException($"unknown option {name} for run (see --help)"),
            };
        }

        if (command.Token is not null && (command.Email is not null || command.Password is not null))
        {
            throw new UsageException("--token and --email/--password are alternatives: give one or the other");
        }

        if ((command.Email is null) != (command.Password is null))
        {
            throw new UsageException(command.Email is null ? "--password needs --email" : "--email needs --password");
        }

        if (command.Target is null)
        {
            var liveOnly = new[] { ("--token", command.Token), ("--email", command.Email), ("--simulator-key", command.SimulatorKey), ("--fixtures", command.Fixtures) };
            foreach (var (name, value) in liveOnly)
            {
                if (value is not null)
                {
                    throw new UsageException($"{name} only applies to a live target: add --target URL (the built-in provider needs none)");
                }
            }
        }

        return command;
    }

    private static ServeCommandLine ParseServe(IReadOnlyList<string> args)
    {
        var command = new ServeCommandLine();
        foreach (var (name, value) in Options(args, "serve", ServeOptions, flags: ["--autopilot", "--no-traffic-log"]))
        {
            command = name switch
            {
                "--host" => command with { Host = NotEmpty(name, value!) },
                "--port" => command with { Port = Number(name, value!, 0, 65535) },
                "--simulator-key" => command with { SimulatorKey = NotEmpty(name, value!) },
                "--autopilot" => command with { Autopilot = true },
                "--no-traffic-log" => command with { TrafficLog = false },
                _ => throw new UsageException($"unknown option {name} for serve (see serve --help)"),
            };
        }

        return command;
    }

    private static SelfTestCommandLine ParseSelfTest(IReadOnlyList<string> args)
    {
        var command = new SelfTestCommandLine();
        foreach (var (name, value) in Options(args, "selftest", SelfTestOptions, flags: ["--list", "--first-catch"]))
        {
            command = name switch
            {
                "--report-dir" => command with { ReportDir = NotEmpty(name, value!) },
                "--only" => command with { Only = NotEmpty(name, value!).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) },
                "--parallel" => command with { Parallel = Number(name, value!, 1, 64) },
                "--list" => command with { List = true },
                "--first-catch" => command with { FirstCatch = true },
                _ => throw new UsageException($"unknown option {name} for selftest (see selftest --help)"),
            };
        }

        return command;
    }

    private static MergeReportsCommandLine ParseMerge(IReadOnlyList<string> args)
    {
        var directories = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (directories.Count == 0)
        {
            throw new UsageException("merge-reports needs the report folders of the shards (merge-reports DIR... [--report-dir OUT])");
        }

        var command = new MergeReportsCommandLine(directories);
        foreach (var (name, value) in Options([.. args.Skip(directories.Count)], "merge-reports", ["--report-dir"], flags: []))
        {
            command = command with { ReportDir = NotEmpty(name, value!) };
        }

        return command;
    }

    private static OpenApiCommandLine ParseOpenApi(IReadOnlyList<string> args)
    {
        var command = new OpenApiCommandLine();
        foreach (var (name, value) in Options(args, "openapi", ["--output"], flags: []))
        {
            command = command with { Output = NotEmpty(name, value!) };
        }

        return command;
    }

    /// <summary>Splits <c>--name value</c> and <c>--name=value</c> pairs; flags take no value.</summary>
    private static List<(string Name, string? Value)> Options(IReadOnlyList<string> args, string subcommand, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> flags)
    {
        var options = new List<(string, string?)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                throw new UsageException($"unexpected argument \"{arg}\" for {subcommand} (options start with --)");
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[..equals] : arg;
            if (!valued.Contains(name) && !flags.Contains(name))
            {
                throw new UsageException($"unknown option {name} for {subcommand} (see {subcommand} --help)");
            }

            string? value;
            if (flags.Contains(name))
            {
                if (equals > 0)
                {
                    throw new UsageException($"{name} takes no value");
                }

                value = null;
            }
            else if (equals > 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                throw new UsageException($"{name} needs a value");
            }

            if (!seen.Add(name))
            {
                throw new UsageException($"{name} is given twice");
            }

            options.Add((name, value));
        }

        return options;
    }

    private static string NotEmpty(string name, string value) =>
        string.IsNullOrWhiteSpace(value) ? throw new UsageException($"{name} needs a non-empty value") : value;

    private static string Url(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"--target must be an http:// or https:// URL, got \"{value}\"");
        }

        return value;
    }

    private static Reports.EmbedPolicy Embed(string value) => value switch
    {
        "failed" => Reports.EmbedPolicy.FailedSteps,
        "all" => Reports.EmbedPolicy.AllSteps,
        _ => throw new UsageException($"--embed must be \"failed\" or \"all\", got \"{value}\""),
    };

    private static int Number(string name, string value, int min, int max) => OptionValues.Number(name, value, min, max);
}
