using System.Globalization;

namespace Covage.Bench;

/// <summary>Command-line options of the benchmark.</summary>
internal sealed record BenchOptions(bool Quick, int Orders, TimeSpan Duration, TimeSpan Warmup, int Connections, int MaxRequests)
{
    public const string Usage = "usage: bench [--quick] [--orders N] [--duration SECONDS] [--connections N] [--max-requests N]";

    /// <summary>Parses the arguments; null with a one-line reason when they are wrong.</summary>
    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var quick = args.Contains("--quick");
        int? orders = null, seconds = null, connections = null, maxRequests = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
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
            maxRequests ?? 2_000_000), null);
    }
}
