namespace Covage.Conformance.Cli;

/// <summary>What --help prints.</summary>
internal static class HelpText
{
    /// <summary>The help on a topic, naming the command as <paramref name="commandName"/> (how the user typed it).</summary>
    public static string For(string? topic, string commandName = KitInfo.ProgramName) => (topic switch
    {
        "run" => Run,
        "serve" => Serve,
        "verify-pact" => VerifyPact,
        "selftest" => SelfTest,
        "openapi" => OpenApi,
        "merge-reports" => MergeReports,
        "certify-client" => Certification.CertifyOptions.Usage,
        _ => Overview,
    }).Replace(KitInfo.ProgramName + " ", commandName + " ", StringComparison.Ordinal);

    private const string Overview = """
        Covage Conformance Kit — checks an implementation of the Covage ordering API against its rules.

        Usage:
          covage-conformance [run] [options]      run the conformance suite (default: against the built-in provider)
          covage-conformance serve [options]      run the reference provider as a sandbox on loopback
          covage-conformance verify-pact FILE...  verify an operator's Pact file against the provider
          covage-conformance selftest [options]   run the suite against rule-breaking mutants: is each one caught?
          covage-conformance merge-reports DIR... one set of reports from the report folders of --shard runs
          covage-conformance openapi [--output F] the OpenAPI 3.1 description the sandbox serves at /openapi.json
          covage-conformance certify-client [options] -- COMMAND
                                                  run a client against a fresh sandbox and judge its calls
          covage-conformance help [SUBCOMMAND]    this text, or a subcommand's options
          covage-conformance --version            the kit's version

        Exit codes: 0 every applicable scenario passed, 1 a scenario failed,
                    2 bad arguments, bad configuration or an unusable target.
        """;

    private const string Run = """
        Usage: covage-conformance run [options]

          --target URL          run against a live implementation instead of the built-in provider
          --token T             bearer token of the target's first operator (delivery user)
          --email E --password P
                                log in as this user instead (the primary actor)
          --simulator-key K     the target's control API key; without it @simulator scenarios are not applicable
          --fixtures FILE       the target's fixtures document (operators, users, eligibilities, services...);
                                required for a live target without --simulator-key
          --tags EXPR           only scenarios matching a tag expression, e.g. "@v2 and not @simulator"
          --features DIR        the features folder (default: the features shipped with the kit)
          --report-dir DIR      where reports go (default: conformance-report/)
          --parallel N          scenarios run at once (default: 4 per processor)
          --shard I/N           only the I-th of N parts of the selected scenarios (dealt round-robin in
                                feature order: the same parts on every machine); merge with merge-reports
          --max-not-applicable N
                                fail the run (exit 1) when more than N scenarios are not applicable
                                (default: no limit; the summary lists why each one was)
          --embed failed|all    which steps keep their requests and responses in cucumber.json
                                (default: failed)
          --step-timeout S      seconds one step may take before its calls are stopped and it fails
                                (default: 60)
        """;

    private const string Serve = """
        Usage: covage-conformance serve [options]

          --host H              address to listen on (default 127.0.0.1)
          --port N              port (default 8080; 0 picks a free one)
          --simulator-key K     key of the control API /_simulator/ (default sandbox-simulator-key)
          --autopilot           submitted orders move along a realistic lifecycle by themselves
          --no-traffic-log      record no call (the console's Traffic tab stays empty): for load tests,
                                the log costs a create about a tenth of its throughput

        Runs until Ctrl-C, SIGTERM or POST /_simulator/stop/ (header X-Simulator-Key). Everything lives
        in memory: a restart or POST /_simulator/reset loses the orders and the tokens. The control API answers only requests addressed to the sandbox
        itself (Host localhost or its address); beyond loopback, pass a --simulator-key of your own.
        """;

    private const string SelfTest = """
        Usage: covage-conformance selftest [options]

          --only LIST           only these mutants: comma-separated prefixes of mutant ids or rule IDs
          --parallel N          mutants run at once (default: twice the processors, at least 2)
          --report-dir DIR      where selftest.html and selftest.json go (default: conformance-report/)
          --first-catch         stop each mutant at its first failing scenario (faster; same verdicts)
          --list                print the mutant catalogue (id, rules, what it breaks) and exit

        Each mutant is the built-in provider with one documented rule broken; it runs the scenarios citing
        that rule. Exit codes: 0 every mutant caught, 1 a mutant not caught (or a scenario failing against
        the clean provider), 2 bad arguments.
        """;

    private const string MergeReports = """
        Usage: covage-conformance merge-reports DIR... [--report-dir OUT]

          Merges the report folders of the shards of one run (run --shard 1/N ... N/N) into one set of
          reports in OUT (default conformance-report/): report.html, junit.xml, cucumber.json,
          traceability, summary.json (with the shards it holds) and run.json. Every shard must be there
          once, and all must have run the same features, schemas, tags and target.
          Exit: 0 every applicable scenario passed, 1 a scenario failed, 2 a folder missing or not mergeable.
        """;

    private const string OpenApi = """
        Usage: covage-conformance openapi [--output FILE]

          Prints the OpenAPI 3.1 description of the API and of the sandbox's control API (what
          `serve` answers at GET /openapi.json), built from the kit's schemas; with --output, writes it
          to FILE instead (the kit keeps a copy in schemas/openapi.json).
        """;

    // One usage text for verify-pact, owned by the command itself.
    private const string VerifyPact = PactVerification.PactVerifyOptions.Usage;
}
