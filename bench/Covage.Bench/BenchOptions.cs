using System.Globalization;

namespace Covage.Bench;

/// <summary>Command-line options of the benchmark.</summary>
internal sealed record BenchOptions(bool Quick, int Orders, TimeSpan Duration, TimeSpan Warmup, int Connections, int MaxRequests, bool TrafficLog = false)
{
    public const string Usage =
        "usage: bench [--quick] [--traffic-log] [--orders N] [--duration SECONDS] [--connections N] [--max-requests N]  |  bench --runner [--scenarios N]";

    public const string Help = """
        Benchmarks of the Covage Conformance Kit (figures printed, nothing asserted).

          bench                      the reference provider under load: GET and POST throughput against a bare
                                     server, list latency over --orders orders, memory per order
            --quick                  10,000 orders, 2 s per case (default: 100,000 orders, 8 s per case)
            --orders N               orders seeded before the list and memory cases
            --duration SECONDS       measured time per case (after a warm-up)
            --connections N          concurrent connections of the load generator (default 64)
            --max-requests N         stop a case after N requests (default 2,000,000)
            --traffic-log            record every call as `serve` does by default (the console's traffic view);
                                     without it the provider runs as the suite and certify-client's judge see it
          bench --runner             the kit's runner over Reqnroll's runtime: per-scenario overhead, memory kept per run
            --scenarios N            scenarios per measured run (default 1000)
        """;

    /// <summary>The <c>--runner</c> benchmark's scenario count; null with a one-line reason when the arguments are wrong.</summary>
    public static (int? Scenarios, string? Error) ParseRunner(IReadOnlyList<string> args)
    {
        var scenarios = 1000;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--runner" or "-nologo":
                    break;
                case "--scenarios":
                    if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out scenarios) || scenarios <= 0)
                    {
                        return (null, "--scenarios needs a positive whole number");
                    }

                    i++;
                    break;
                default:
                    return (null, $"unknown option '{args[i]}' for bench --runner");
            }
        }

        return (scenarios, null);
    }

    /// <summary>Parses the arguments; null with a one-line reason when they are wrong.</summary>
    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var quick = args.Contains("--quick");
        var trafficLog = args.Contains("--traffic-log");
        int? orders = null, seconds = null, connections = null, maxRequests = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick" or "--traffic-log":
                    break;
                case "-nologo":
                    // run-conformance.sh passes -nologo to `dotnet run`, which forwards it to the program.
                    break;
                case "--orders" or "--duration" or "--connections" or "--max-requests":
                    if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
                    {
                        return (null, $"{args[i]} needs a positive whole number");
                    }

                    switch (args[i++])
                    {
                        case "--orders": orders = n; break;
                        case "--duration": seconds = n; break;
                        case "--connections": connections = n; break;
                        default: maxRequests = n; break;
                    }

                    break;
                default:
                    return (null, $"unknown option '{args[i]}'");
            }
        }

        return (new BenchOptions(
            quick,
            orders ?? (quick ? 10_000 : 100_000),
            TimeSpan.FromSeconds(seconds ?? (quick ? 2 : 8)),
            TimeSpan.FromSeconds(quick ? 0.5 : 1.5),
            connections ?? 64,
            maxRequests ?? 2_000_000,
            trafficLog), null);
    }
}
