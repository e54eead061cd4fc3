namespace Covage.Provider.Simulation;

/// <summary>
/// The provider's only clock: real time from a start instant, plus an offset the control API moves,
/// so the 5-minute throttle and token lifetimes can be tested in milliseconds.
/// </summary>
internal sealed class VirtualClock(TimeProvider real, DateTimeOffset start) : TimeProvider
{
    private readonly long _startTimestamp = real.GetTimestamp();
    private long _offsetTicks;
    private long _lastTicks;

    public override DateTimeOffset GetUtcNow()
    {
        var elapsed = real.GetElapsedTime(_startTimestamp);
        var ticks = start.UtcTicks + elapsed.Ticks + Interlocked.Read(ref _offsetTicks);
        // Microsecond resolution: the wire shows six fractional digits, so stored dates match them exactly.
        ticks -= ticks % 10;
        // Never go backwards and never repeat: every reading is a distinct instant, which keeps
        // dates and event ordering strict even when two readings fall in the same tick.
        while (true)
        {
            var last = Interlocked.Read(ref _lastTicks);
            var next = ticks > last ? ticks : last + 10;
            if (Interlocked.CompareExchange(ref _lastTicks, next, last) == last)
            {
                return new DateTimeOffset(next, TimeSpan.Zero);
            }
        }
    }

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public void ResetOffset()
    {
        Interlocked.Exchange(ref _offsetTicks, 0);
        Interlocked.Exchange(ref _lastTicks, 0);
    }
}
