using System.Text.Json.Nodes;

namespace Covage.Provider.Tests.Support;

/// <summary>Tools for black-box race tests that can fail: writers started together, and writes slow enough to overlap.</summary>
internal static class Races
{
    public const int Writers = 16;

    /// <summary>Starts <paramref name="count"/> writers together: each waits on one gate, opened once all are queued.</summary>
    public static async Task<ApiResponse[]> RunAsync(Func<int, Task<ApiResponse>> writer, int count = Writers)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, count).Select(async i =>
        {
            await gate.Task;
            return await writer(i);
        }).ToArray();
        gate.SetResult();
        return await Task.WhenAll(tasks);
    }

    /// <summary>
    /// Adds many fields to <paramref name="target"/>'s end customer: checking and merging them
    /// keeps a writer inside its check-then-write for a millisecond or more, long enough for writers on a
    /// busy two-core machine to meet there. Without them a race window is a few microseconds wide and
    /// race tests could pass with no lock at all.
    /// </summary>
    public static JsonObject Heavy(JsonObject target)
    {
        if (target["end_customer"] is not JsonObject into)
        {
            target["end_customer"] = into = [];
        }

        for (var k = 0; k < 1500; k++)
        {
            into[$"extra_{k}"] = new string('a', 200);
        }

        return target;
    }

    /// <summary>
    /// Runs <paramref name="writers"/> loops of <paramref name="write"/> until <paramref name="stop"/>: heavy
    /// writes on another order keep the machine busy, so racing requests spend longer between their steps.
    /// </summary>
    public static Task KeepBusyAsync(int writers, Func<int, Task<ApiResponse>> write, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await write(i);
                Assert.True(response.Code == 200, response.Body);
            }
        })));
}
