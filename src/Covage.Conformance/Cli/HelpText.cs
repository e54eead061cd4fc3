namespace Covage.Conformance.Cli;

/// <summary>What --help prints.</summary>
internal static class HelpText
{
    public static string For(string? topic) => topic switch
    {
        "run" => Run,
        "serve" => Serve,
        "verify-pact" => VerifyPact,
        "certify-client" => Certification.CertifyOptions.Usage,
        _ => Overview,
    };

    private const string Overview = """
        Covage Conformance Kit — checks an implementation of the Covage ordering API against its rules.

        Usage:
          covage-conformance [run] [options]      run the conformance suite (default: against the built-in provider)
          covage-conformance serve [options]      run the reference provider as a sandbox on loopback
          covage-conformance verify-pact FILE...  verify an operator's Pact file against the provider
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
        """;

    private const string Serve = """
        Usage: covage-conformance serve [options]

          --host H              address to listen on (default 127.0.0.1)
          --port N              port (default 8080; 0 picks a free one)
          --simulator-key K     key of the control API /_simulator/ (default sandbox-simulator-key)
          --autopilot           submitted orders move along a realistic lifecycle by themselves

        Runs until Ctrl-C, SIGTERM or POST /_simulator/stop/ (header X-Simulator-Key).
        """;

    // One usage text for verify-pact, owned by the command itself.
    private const string VerifyPact = PactVerification.PactVerifyOptions.Usage;
}
