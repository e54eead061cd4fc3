using Covage.Bench;

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
