using Covage.Conformance.Cli;

namespace Covage.Conformance.PactVerification;

/// <summary>What <c>verify-pact</c> was asked to do.</summary>
internal sealed record PactVerifyOptions(
    IReadOnlyList<string> Files,
    Uri? Target,
    string? Token,
    string? SimulatorKey,
    string ReportDirectory,
    bool Help)
{
    public const string Usage = """
        Usage: covage-conformance verify-pact FILE... [--target URL] [--token T] [--simulator-key KEY]
                                              [--provider-name NAME] [--report-dir DIR] [--verbose]

          Verifies Pact files (V2, V3 or V4) against the built-in provider, or against a live URL with
          --target. Provider states are set up through the target's /_simulator/provider-states (always
          on the built-in provider; on a live target only with --simulator-key). The pact's
          Authorization header is replaced by a valid token: the sandbox's Pact token on the built-in
          provider, --token on a live target.
          --provider-name NAME  the provider the pacts must name (default covage-ordering-api)
          --report-dir DIR      where junit.xml goes (default pact-report/)
          --verbose             also print the Pact engine's own report, before the kit's summary
          Exit: 0 every interaction passed, 1 a mismatch, 2 usage, an unreadable pact file, a pact
          without interactions, for another provider or of an unknown specification version, an
          unknown provider state or an unreachable target.
        """;

    /// <summary>The provider the pacts must name; null means covage-ordering-api.</summary>
    public string? ProviderName { get; init; }

    /// <summary>Print the engine's own report before the kit's summary.</summary>
    public bool Verbose { get; init; }

    /// <summary>Parses the arguments after <c>verify-pact</c>; throws <see cref="UsageException"/> on a mistake.</summary>
    public static PactVerifyOptions Parse(IReadOnlyList<string> args)
    {
        var files = new List<string>();
        Uri? target = null;
        string? token = null;
        string? key = null;
        string? providerName = null;
        var reportDir = "pact-report";
        var help = false;
        var verbose = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    help = true;
                    break;
                case "--target":
                    var url = Value(args, ref i, arg);
                    if (!Uri.TryCreate(url, UriKind.Absolute, out target) || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
                    {
                        throw new UsageException($"--target needs an absolute http(s) URL, not \"{url}\"");
                    }

                    break;
                case "--token":
                    token = Value(args, ref i, arg);
                    break;
                case "--simulator-key":
                    key = Value(args, ref i, arg);
                    break;
                case "--provider-name":
                    providerName = Value(args, ref i, arg);
                    break;
                case "--report-dir":
                    reportDir = Value(args, ref i, arg);
                    break;
                case "-v" or "--verbose":
                    verbose = true;
                    break;
                default:
                    if (arg.StartsWith('-') && arg.Length > 1)
                    {
                        throw new UsageException($"unknown option \"{arg}\" (see verify-pact --help)");
                    }

                    files.Add(arg);
                    break;
            }
        }

        if (!help && files.Count == 0)
        {
            throw new UsageException("verify-pact needs at least one pact file (see verify-pact --help)");
        }

        return new PactVerifyOptions(files, target, token, key, reportDir, help) { ProviderName = providerName, Verbose = verbose };
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string option) => Cli.OptionValues.Next(args, ref i, option);
}
