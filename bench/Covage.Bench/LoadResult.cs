namespace Covage.Bench;

/// <summary>What one load run measured.</summary>
internal sealed record LoadResult(string Name, long Requests, long Errors, TimeSpan Elapsed, double P50Ms, double P99Ms, GcActivity Gc)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public static LoadResult From(string name, List<long>[] latencies, long errors, TimeSpan elapsed, GcActivity gc)
    {
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        double Percentile(double p) => all.Length == 0 ? double.NaN
            : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)] * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
        return new LoadResult(name, all.Length, errors, elapsed, Percentile(0.50), Percentile(0.99), gc);
    }
}
