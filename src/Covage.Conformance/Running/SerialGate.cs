namespace Covage.Conformance.Running;

/// <summary>
/// A first-come, first-served reader/writer gate: ordinary scenarios share it, <c>@serial</c> ones
/// hold it alone. It guards every entry point, so a <c>@serial</c> scenario stays alone even when
/// callers run scenarios one by one in parallel (e.g. one xunit test case each).
/// </summary>
internal sealed class SerialGate
{
    private readonly Lock _lock = new();
    private readonly Queue<(bool Exclusive, TaskCompletionSource Waiter)> _queue = new();
    private int _shared;
    private bool _exclusive;

    public async Task<IDisposable> EnterAsync(bool exclusive, CancellationToken cancellationToken)
    {
        TaskCompletionSource waiter;
        lock (_lock)
        {
            if (_queue.Count == 0 && CanEnter(exclusive))
            {
                Take(exclusive);
                return new Release(this, exclusive);
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _queue.Enqueue((exclusive, waiter));
        }

        await using (cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken)))
        {
            await waiter.Task;
        }

        return new Release(this, exclusive);
    }

    private bool CanEnter(bool exclusive) => !_exclusive && (!exclusive || _shared == 0);

    private void Take(bool exclusive)
    {
        if (exclusive)
        {
            _exclusive = true;
        }
        else
        {
            _shared++;
        }
    }

    private void Exit(bool exclusive)
    {
        lock (_lock)
        {
            if (exclusive)
            {
                _exclusive = false;
            }
            else
            {
                _shared--;
            }

            while (_queue.Count > 0 && CanEnter(_queue.Peek().Exclusive))
            {
                var (next, waiter) = _queue.Dequeue();
                // A waiter cancelled meanwhile never takes its place.
                if (waiter.TrySetResult())
                {
                    Take(next);
                }
            }
        }
    }

    private sealed class Release(SerialGate gate, bool exclusive) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                gate.Exit(exclusive);
            }
        }
    }
}
