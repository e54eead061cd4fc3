using System.Globalization;

namespace Covage.Bench;

/// <summary>The figures of one run, printed as a table and checked against the issue's targets.</summary>
internal sealed record BenchReport(
    BenchOptions Options,
    IReadOnlyList<LoadResult> Results,
    double BareRequestsPerSecond,
    double BareP99Ms,
    LoadResult Get,
    LoadResult Create,
    LoadResult List,
    LoadResult ListAlone,
    LoadResult Feed,
    double BytesPerOrder,
    int StoredOrders,
    string LoadAtStart,
    string LoadAtEnd)
{
    public void Print(TextWriter o)
    {
        o.WriteLine();
        o.WriteLine($"Covage reference provider over loopback: {Options.Connections} connections, {Options.Duration.TotalSeconds:0.#} s per case, {Options.Orders:N0} orders seeded{(Options.Quick ? " (--quick)" : "")}");
        o.WriteLine($"Ratios are to the bare Kestrel endpoint serving the same order's bytes: {BareRequestsPerSecond:N0} req/s (mean of the two bare runs).");
        o.WriteLine();
        o.WriteLine($"{"case",-36} {"req/s",10} {"x bare",7} {"p50 ms",8} {"p99 ms",8} {"errors",7} {"KB/req",7}  {"GCs 0/1/2, pause",-18}");
        o.WriteLine(new string('-', 109));
        foreach (var r in Results)
        {
            o.WriteLine($"{r.Name,-36} {r.RequestsPerSecond,10:N0} {r.RequestsPerSecond / BareRequestsPerSecond,6:F2}x {r.P50Ms,8:F2} {r.P99Ms,8:F2} {r.Errors,7:N0} {r.Gc.Allocated / 1024.0 / Math.Max(1, r.Requests),7:F1}  {r.Gc,-18}");
        }

        o.WriteLine();
        o.WriteLine("KB/req: bytes allocated in the process (client and server) per request; the bare rows give the client's share.");
        o.WriteLine($"memory per stored order: {BytesPerOrder:N0} bytes (managed heap after a full collection, before/after seeding, / {Options.Orders:N0})");
        o.WriteLine();
        o.WriteLine($"Targets (issue 8), machine load average (1/5/15 min) at start {LoadAtStart}, at end {LoadAtEnd}, {Environment.ProcessorCount} CPU");
        var ratio = Get.RequestsPerSecond / BareRequestsPerSecond;
        Target(o, "GET one order (authenticated) >= 0.8x bare", $"{ratio:F2}x", ratio >= 0.8);
        var createRatio = Create.RequestsPerSecond / BareRequestsPerSecond;
        Target(o, "POST create >= 0.4x bare", $"{createRatio:F2}x", createRatio >= 0.4);
        Target(o, $"list/filter over {StoredOrders:N0} orders p99 < 10 ms (1 conn)", $"{ListAlone.P99Ms:F2} ms", ListAlone.P99Ms < 10);
        Target(o, "memory <= 2 KB per stored order", $"{BytesPerOrder / 1024:F2} KB", BytesPerOrder <= 2048);
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    (GET p99 {Get.P99Ms:F2} ms, bare endpoint p99 in the same run {BareP99Ms:F2} ms; GC pauses during GET: {Get.Gc.Pause.TotalMilliseconds:F0} ms)"));
        o.WriteLine("    On a shared machine the ratios move with the other processes' load: compare runs at a similar load average.");
        if (Results.Any(r => r.Errors > 0))
        {
            o.WriteLine("WARNING: some requests failed (see the errors column); their figures are not trustworthy.");
        }
    }

    private static void Target(TextWriter o, string name, string value, bool met) =>
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-46} {value,12}   {(met ? "PASS" : "MISS")}"));
}
