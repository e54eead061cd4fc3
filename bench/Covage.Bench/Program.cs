using Covage.Bench;

// `bench --runner [--scenarios N]`: the kit's runner over Reqnroll's runtime instead of the provider.
if (args.Contains("--runner"))
{
    var at = Array.IndexOf(args, "--scenarios");
    var count = at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var n) && n > 0 ? n : 1000;
    await new RunnerBench(count, Console.Out).RunAsync();
    return 0;
}

var (options, error) = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine($"bench: {error}");
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var report = await new BenchRun(options, Console.Out).RunAsync();
report.Print(Console.Out);
return 0;
