using System.Diagnostics;

namespace Covage.Bench;

/// <summary>
/// A closed-loop load generator: a fixed number of workers, each with its own keep-alive connection,
/// sends one request after another until the duration or the request budget runs out.
/// </summary>
internal sealed class LoadGenerator(BenchOptions options)
{
    /// <summary>Sends one request; returns false when the answer was not the expected one.</summary>
    public delegate Task<bool> Send(HttpClient client, int worker, CancellationToken cancellationToken);

    public static HttpClient NewClient(Uri baseAddress, int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseCookies = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    })
    { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<LoadResult> RunAsync(string name, Uri baseAddress, Send send, int? connections = null, Action<HttpClient>? setUp = null)
    {
        var workers = connections ?? options.Connections;
        using var client = NewClient(baseAddress, workers);
        setUp?.Invoke(client);
        await PhaseAsync(client, workers, send, options.Warmup, int.MaxValue, record: false);
        var gc = GcActivity.Now();
        var (latencies, errors, elapsed) = await PhaseAsync(client, workers, send, options.Duration, options.MaxRequests, record: true);
        return LoadResult.From(name, latencies, errors, elapsed, GcActivity.Now() - gc);
    }

    private static async Task<(List<long>[] Latencies, long Errors, TimeSpan Elapsed)> PhaseAsync(
        HttpClient client, int workers, Send send, TimeSpan duration, int maxRequests, bool record)
    {
        var latencies = Enumerable.Range(0, workers).Select(_ => new List<long>(4096)).ToArray();
        long errors = 0;
        long budget = maxRequests;
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker];
            while (!stop.IsCancellationRequested && Interlocked.Decrement(ref budget) >= 0)
            {
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await send(client, worker, CancellationToken.None);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }

                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
                else if (record)
                {
                    mine.Add(Stopwatch.GetTimestamp() - started);
                }
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        return (latencies, errors, clock.Elapsed);
    }
}
