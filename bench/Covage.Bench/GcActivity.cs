namespace Covage.Bench;

/// <summary>Garbage collections and their pauses: the usual suspect when a p99 is far above the p50.</summary>
internal readonly record struct GcActivity(int Gen0, int Gen1, int Gen2, TimeSpan Pause, long Allocated)
{
    public static GcActivity Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: false));

    public static GcActivity operator -(GcActivity after, GcActivity before) =>
        new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Pause - before.Pause, after.Allocated - before.Allocated);

    public override string ToString() => $"{Gen0}/{Gen1}/{Gen2}, {Pause.TotalMilliseconds:F0} ms";
}
