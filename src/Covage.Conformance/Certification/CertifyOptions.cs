using System.Text.Json;
using System.Text.Json.Nodes;
using Covage.Conformance.Cli;

namespace Covage.Conformance.Certification;

/// <summary>What <c>certify-client</c> was asked to do.</summary>
internal sealed record CertifyOptions(
    IReadOnlyList<string> Command,
    TimeSpan Timeout,
    bool Autopilot,
    IReadOnlyList<string> Required,
    JsonArray? Faults,
    string ReportDirectory,
    int Port,
    string SimulatorKey,
    bool Help)
{
    public const string Usage = """
        Usage: covage-conformance certify-client [options] [-- COMMAND [ARGS...]]

          Starts a fresh sandbox on loopback, runs COMMAND with COVAGE_BASE_URL, COVAGE_EMAIL,
          COVAGE_PASSWORD (the first operator's delivery user), COVAGE_FIXTURES (a file holding the
          sandbox's fixtures document) and COVAGE_SIMULATOR_KEY in its environment, then judges every
          call the client made. Without COMMAND the sandbox serves until Ctrl-C or
          POST /_simulator/stop/, then judges.

          --timeout SECONDS     stop COMMAND after this long and judge what it sent (default 600)
          --autopilot           submitted orders move along a realistic lifecycle by themselves
          --require OPS         operations the client must exercise, comma-separated:
                                token, create, read, list, modify, submit, delete, bounds, otp, info, events
          --plan FILE           a JSON plan: {"require": [...], "faults": [...]}
          --faults FILE         faults to inject while the client runs: a JSON list of fault objects
                                (the body of POST /_simulator/faults/, see the README)
          --report-dir DIR      where report.html, junit.xml and summary.json go (default certification-report/)
          --port N              the sandbox's port (default 0: a free one)
          --simulator-key K     the sandbox's control key (default sandbox-simulator-key)

        Exit: 0 certified, 1 findings (the first ones are printed with their rule IDs),
              2 usage, unreadable plan or faults, or COMMAND could not be started.
        """;

    public static CertifyOptions Parse(IReadOnlyList<string> args)
    {
        var split = args.ToList().IndexOf("--");
        var options = split < 0 ? args : args.Take(split).ToList();
        var command = split < 0 ? [] : args.Skip(split + 1).ToList();
        var timeout = TimeSpan.FromSeconds(600);
        var autopilot = false;
        var help = false;
        string? require = null;
        string? plan = null;
        string? faults = null;
        var reportDir = "certification-report";
        var port = 0;
        var key = ServeCommand.DefaultKey;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Count; i++)
        {
            var arg = options[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && !seen.Add(arg))
            {
                throw new UsageException($"{arg} is given twice");
            }

            switch (arg)
            {
                case "-h" or "--help":
                    help = true;
                    break;
                case "--autopilot":
                    autopilot = true;
                    break;
                case "--timeout":
                    timeout = TimeSpan.FromSeconds(Number(arg, Value(options, ref i, arg), 1, 86_400));
                    break;
                case "--require":
                    require = Value(options, ref i, arg);
                    break;
                case "--plan":
                    plan = Value(options, ref i, arg);
                    break;
                case "--faults":
                    faults = Value(options, ref i, arg);
                    break;
                case "--report-dir":
                    reportDir = Value(options, ref i, arg);
                    break;
                case "--port":
                    port = Number(arg, Value(options, ref i, arg), 0, 65535);
                    break;
                case "--simulator-key":
                    key = Value(options, ref i, arg);
                    break;
                default:
                    throw new UsageException(arg.StartsWith('-')
                        ? $"unknown option {arg} for certify-client (see certify-client --help)"
                        : $"unexpected argument \"{arg}\": put the client's command after -- (certify-client [options] -- COMMAND [ARGS...])");
            }
        }

        if (split >= 0 && command.Count == 0)
        {
            throw new UsageException("nothing after --: give the client's command, or leave out -- to serve until Ctrl-C");
        }

        if (require is not null && plan is not null)
        {
            throw new UsageException("--require and --plan are alternatives: put the required operations in the plan");
        }

        var required = require is null ? [] : Operations(require.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), "--require");
        JsonArray? faultList = faults is null ? null : FaultList(ReadJson(faults, "--faults"), faults);
        if (plan is not null)
        {
            var document = ReadJson(plan, "--plan") as JsonObject ?? throw new UsageException($"--plan {plan}: expected a JSON object {{\"require\": [...], \"faults\": [...]}}");
            if (document.Select(p => p.Key).FirstOrDefault(k => k is not ("require" or "faults")) is { } unknown)
            {
                throw new UsageException($"--plan {plan}: unknown key \"{unknown}\" (expected require, faults)");
            }

            if (document["require"] is { } list)
            {
                required = Operations(list is JsonArray array && array.All(o => o is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    ? [.. array.Select(o => o!.GetValue<string>())]
                    : throw new UsageException($"--plan {plan}: require must be a list of operation names"), $"--plan {plan}: require");
            }

            if (document["faults"] is { } planFaults)
            {
                faultList = faultList is null ? FaultList(planFaults, plan) : throw new UsageException("--faults and a plan with faults are alternatives: give one schedule");
            }
        }

        return new CertifyOptions(command, timeout, autopilot, required, faultList, reportDir, port, key, help);
    }

    private static IReadOnlyList<string> Operations(string[] names, string where)
    {
        if (names.FirstOrDefault(n => !Certification.Operations.All.Contains(n)) is { } unknown)
        {
            throw new UsageException($"{where}: unknown operation \"{unknown}\" (expected {string.Join(", ", Certification.Operations.All)})");
        }

        return names.Length > 0 ? [.. names.Distinct(StringComparer.Ordinal)] : throw new UsageException($"{where}: name at least one operation");
    }

    private static JsonArray FaultList(JsonNode? node, string file) => node switch
    {
        JsonArray array => array,
        JsonObject { Count: 1 } wrapped when wrapped["faults"] is JsonArray inner => inner,
        _ => throw new UsageException($"{file}: expected a JSON list of faults (or {{\"faults\": [...]}})"),
    };

    private static JsonNode? ReadJson(string path, string option)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{option} {path}: cannot read it ({e.Message})");
        }

        try
        {
            return JsonNode.Parse(text)?.DeepClone();
        }
        catch (JsonException e)
        {
            throw new UsageException($"{option} {path}: not JSON ({e.Message})");
        }
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string option) => OptionValues.Next(args, ref i, option);

    private static int Number(string name, string value, int min, int max) => OptionValues.Number(name, value, min, max);
}
