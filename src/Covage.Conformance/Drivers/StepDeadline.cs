using Covage.Bdd;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Drivers;

/// <summary>
/// One cancellation token per step, handed to every HTTP call the step makes: it is cancelled when
/// the run is, or when the step has run longer than the target's step timeout (counted from the
/// step's first call, on the run's clock). A hung call is then really stopped, not abandoned.
/// </summary>
internal sealed class StepDeadline(ScenarioContext context, TargetContext target) : IDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private readonly Lock _gate = new();
    private object? _step;
    private CancellationTokenSource? _timer;
    private CancellationTokenSource? _linked;

    public TimeSpan Timeout => target.StepTimeout;

    /// <summary>The running step's token (a new one as soon as another step runs).</summary>
    public CancellationToken Token
    {
        get
        {
            lock (_gate)
            {
                var step = (object?)context.CurrentStep ?? context;
                if (_linked is null || !ReferenceEquals(step, _step))
                {
                    DisposeSources();
                    _step = step;
                    _timer = new CancellationTokenSource(target.StepTimeout, target.Time);
                    _linked = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, _timer.Token);
                }

                return _linked.Token;
            }
        }
    }

    /// <summary>Whether the step was stopped for running too long (not because the run was cancelled).</summary>
    public bool Expired(CancellationToken token)
    {
        lock (_gate)
        {
            return _linked is not null && token == _linked.Token && _timer!.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested;
        }
    }

    /// <summary>The failure of a call the step timeout stopped.</summary>
    public ConformanceException TimedOut(string call) =>
        new("TIMEOUT", $"{call}: no answer within the step timeout of {Timeout.TotalSeconds:0.###} s; the call was stopped (raise it with --step-timeout)");

    public void Dispose()
    {
        lock (_gate)
        {
            DisposeSources();
        }
    }

    private void DisposeSources()
    {
        _linked?.Dispose();
        _timer?.Dispose();
        _linked = null;
        _timer = null;
    }
}
