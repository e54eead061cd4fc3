using Covage.Bench;

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.Out.WriteLine(BenchOptions.Help);
    return 0;
}

// `bench --runner [--scenarios N]`: the kit's runner over Reqnroll's runtime instead of the provider.
if (args.Contains("--runner"))
{
    var (scenarios, runnerError) = BenchOptions.ParseRunner(args);
    if (scenarios is not { } count)
    {
        return Usage(runnerError!);
    }

    await new RunnerBench(count, Console.Out).RunAsync();
    return 0;
}

var (options, error) = BenchOptions.Parse(args);
if (options is null)
{
    return Usage(error!);
}

var report = await new BenchRun(options, Console.Out).RunAsync();
report.Print(Console.Out);
return 0;

// One line, the kit's program name first, exit 2 (the CLI's convention).
static int Usage(string error)
{
    Console.Error.WriteLine($"covage-conformance: bench: {error} ({BenchOptions.Usage})");
    return 2;
}
