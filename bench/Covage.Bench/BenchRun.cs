using System.Diagnostics;
using Covage.Provider;

namespace Covage.Bench;

/// <summary>One benchmark run: seed, measure every case and the bare endpoint, report.</summary>
internal sealed class BenchRun(BenchOptions options, TextWriter output)
{
    public async Task<BenchReport> RunAsync()
    {
        var loadAtStart = LoadAverage.Read();

        // The targets are the API's. With --traffic-log the sandbox records every call as `serve` does; the log
        // (at most 10,000 calls, 64 MB of bodies) is emptied before the heap is measured, so it does not count as order memory.
        await using var host = await ProviderHost.StartAsync(
            new ProviderOptions { SimulatorKey = "bench-simulator-key", EnableConsole = false, RecordTraffic = options.TrafficLog }, ProviderTransport.Loopback);
        using var session = await ProviderSession.OpenAsync(host);
        var probe = await session.SendAsync(HttpMethod.Post, "/api/v2/orders/", session.DraftBody(0, "PROBE"));
        var orderPath = $"/api/v2/orders/{probe["uuid"]!.GetValue<string>()}/";
        var orderBytes = await session.GetBytesAsync(orderPath);
        await using var bare = await BareServer.StartAsync(orderBytes);
        output.WriteLine($"provider {host.BaseAddress}  bare {bare.BaseAddress}  order {orderBytes.Length} bytes  {Environment.ProcessorCount} CPU  server GC {System.Runtime.GCSettings.IsServerGC}  traffic log {(options.TrafficLog ? "on" : "off")}  load average {loadAtStart}");

        var before = CollectedHeap();
        var seeding = Stopwatch.StartNew();
        await OrderSeeder.SeedAsync(session, options.Orders, options.Connections, "SEED");
        seeding.Stop();
        if (options.TrafficLog)
        {
            await session.ClearTrafficAsync();
        }

        var after = CollectedHeap();
        var bytesPerOrder = (after - before) / (double)options.Orders;
        output.WriteLine($"seeded {options.Orders:N0} orders in {seeding.Elapsed.TotalSeconds:F1} s ({options.Orders / seeding.Elapsed.TotalSeconds:N0}/s); heap {before / 1e6:F1} MB -> {after / 1e6:F1} MB");

        var eventWatch = Stopwatch.StartNew();
        var events = await EventSeeder.SeedAsync(session, options.Quick ? 300 : 2_000, options.Connections);
        output.WriteLine($"emitted {events:N0} events in {eventWatch.Elapsed.TotalSeconds:F1} s ({events / 3 * 4 / eventWatch.Elapsed.TotalSeconds:N0} writes/s: create, submit, two transitions per order)");

        var load = new LoadGenerator(options);
        var auth = BenchCases.Authorized(session);
        var results = new List<LoadResult>();
        async Task<LoadResult> Measure(Func<Task<LoadResult>> run)
        {
            // Each case starts from a collected heap, so none pays for the garbage of the one before
            // (seeding, with the traffic log on, left a background collection to the first bare run).
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
            GC.WaitForPendingFinalizers();
            var result = await run();
            results.Add(result);
            output.WriteLine($"  measured {result.Name,-34} {result.RequestsPerSecond,9:N0} req/s  p50 {result.P50Ms,6:F2} ms  p99 {result.P99Ms,6:F2} ms  GC {result.Gc}");
            return result;
        }

        var bareFirst = await Measure(() => load.RunAsync("bare Kestrel, same bytes (1st)", bare.BaseAddress, BenchCases.Get("/order")));
        var get = await Measure(() => load.RunAsync("GET one order (authenticated)", host.BaseAddress, BenchCases.Get(orderPath), setUp: auth));
        var list = await Measure(() => load.RunAsync("list, filters + sort", host.BaseAddress, BenchCases.Get(BenchCases.ListQuery), setUp: auth));
        var listAlone = await Measure(() => load.RunAsync("list, filters + sort, 1 connection", host.BaseAddress, BenchCases.Get(BenchCases.ListQuery), connections: 1, setUp: auth));
        await Measure(() => load.RunAsync("list, same, limit=10, 1 connection", host.BaseAddress, BenchCases.Get(BenchCases.SmallListQuery), connections: 1, setUp: auth));
        var feed = await Measure(() => load.RunAsync("events feed, cursor paging", host.BaseAddress, BenchCases.FeedPages(options.Connections), setUp: auth));
        await session.AdvanceClockAsync(TimeSpan.FromDays(1));
        await session.LoginAsync();
        var create = await Measure(() => load.RunAsync("POST create", host.BaseAddress, BenchCases.Create(session, "BENCH"), setUp: BenchCases.Authorized(session)));
        var bareLast = await Measure(() => load.RunAsync("bare Kestrel, same bytes (2nd)", bare.BaseAddress, BenchCases.Get("/order")));

        return new BenchReport(options, results, (bareFirst.RequestsPerSecond + bareLast.RequestsPerSecond) / 2,
            Math.Min(bareFirst.P99Ms, bareLast.P99Ms),
            get, create, list, listAlone, feed, bytesPerOrder, options.Orders + events / 3, loadAtStart, LoadAverage.Read());
    }

    private static long CollectedHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
