namespace Covage.Provider.Tests.Support;

/// <summary>Writers started together, for race tests that can fail (with a <see cref="RaceWindow"/> where they must meet).</summary>
internal static class Races
{
    public const int Writers = 8;

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
}
