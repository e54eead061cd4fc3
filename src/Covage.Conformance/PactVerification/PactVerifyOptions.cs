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
        Usage: covage-conformance verify-pact FILE... [--target URL] [--token T] [--simulator-key KEY] [--report-dir DIR]

          Verifies Pact files (V2, V3 or V4) against the built-in provider, or against a live URL with
          --target. Provider states are set up through the target's /_simulator/provider-states (always
          on the built-in provider; on a live target only with --simulator-key). The pact's
          Authorization header is replaced by a valid token: the sandbox's Pact token on the built-in
          provider, --token on a live target.
          Writes junit.xml to --report-dir (default pact-report/).
          Exit: 0 every interaction passed, 1 a mismatch, 2 usage, unreadable pact file, unknown
          provider state or unreachable target.
        """;

    /// <summary>Parses the arguments after <c>verify-pact</c>; throws <see cref="PactUsageException"/> on a mistake.</summary>
    public static PactVerifyOptions Parse(IReadOnlyList<string> args)
    {
        var files = new List<string>();
        Uri? target = null;
        string? token = null;
        string? key = null;
        var reportDir = "pact-report";
        var help = false;
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
                        throw new PactUsageException($"--target needs an absolute http(s) URL, not \"{url}\"");
                    }

                    break;
                case "--token":
                    token = Value(args, ref i, arg);
                    break;
                case "--simulator-key":
                    key = Value(args, ref i, arg);
                    break;
                case "--report-dir":
                    reportDir = Value(args, ref i, arg);
                    break;
                default:
                    if (arg.StartsWith('-') && arg.Length > 1)
                    {
                        throw new PactUsageException($"unknown option \"{arg}\" (see verify-pact --help)");
                    }

                    files.Add(arg);
                    break;
            }
        }

        if (!help && files.Count == 0)
        {
            throw new PactUsageException("verify-pact needs at least one pact file (see verify-pact --help)");
        }

        return new PactVerifyOptions(files, target, token, key, reportDir, help);
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string option)
    {
        if (i + 1 >= args.Count || string.IsNullOrWhiteSpace(args[i + 1]))
        {
            throw new PactUsageException($"{option} needs a value");
        }

        i++;
        return args[i];
    }
}
