using System.Diagnostics;

namespace Covage.Provider.Tests.Support;

/// <summary>
/// Holds a writer inside an order's check-then-write (<see cref="ProviderOptions.InsideOrderLock"/>) until
/// another writer is inside one too, or <see cref="Width"/> has passed. With the provider's locks in place
/// only one writer of an order is ever inside, so it waits the whole width and nothing else changes; with a
/// lock missing, writers of one order meet there and interleave on every round, instead of once in many
/// thousand runs through a window a few microseconds wide. It never decides a result: a correct provider
/// passes whatever the timing.
/// </summary>
internal sealed class RaceWindow
{
    public static readonly TimeSpan Width = TimeSpan.FromMilliseconds(4);

    private int _inside;

    public ProviderOptions Options => new() { SimulatorKey = TestProvider.Key, InsideOrderLock = Hold };

    private void Hold()
    {
        Interlocked.Increment(ref _inside);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var spin = default(SpinWait);
            while (Volatile.Read(ref _inside) < 2 && Stopwatch.GetElapsedTime(started) < Width)
            {
                spin.SpinOnce();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inside);
        }
    }
}
