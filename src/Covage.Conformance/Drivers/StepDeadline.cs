using Covage.Conformance.Targets;
using Reqnroll;

namespace Covage.Conformance.Drivers;

/// <summary>
/// One cancellation token per step, handed to every HTTP call the step makes: it is cancelled when
/// the run is, or when the step has run longer than the target's step timeout (counted on the run's
/// clock from the step's start, or from its first call when nothing said it started). A hung call is
/// then really stopped, not abandoned. Outside a scenario (a driver's unit test) there is one step.
/// </summary>
internal sealed class StepDeadline(ScenarioContext? scenario, TargetContext target) : IDisposable
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
                var step = CurrentStep;
                if (_linked is null || !ReferenceEquals(step, _step))
                {
                    Start(step);
                }

                return _linked!.Token;
            }
        }
    }

    /// <summary>Starts the clock of the step running now (the kit's runner calls it as each step starts).</summary>
    public void StepStarted()
    {
        lock (_gate)
        {
            Start(CurrentStep);
        }
    }

    /// <summary>Whether the step was stopped for running too long (not because the run was cancelled).</summary>
    public bool Expired(CancellationToken token)
    {
        lock (_gate)
        {
            return _linked is not null && token == _linked.Token && _timer!.IsCancellationRequested && !Run.IsCancellationRequested;
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

    // The run's own cancellation, when the kit's runner gave one (a team's Reqnroll project may not).
    private CancellationToken Run =>
        scenario?.ScenarioContainer is { } container && container.IsRegistered<RunCancellation>() ? container.Resolve<RunCancellation>().Token : CancellationToken.None;

    private object CurrentStep => (object?)scenario?.StepContext ?? (object?)scenario ?? this;

    private void Start(object step)
    {
        DisposeSources();
        _step = step;
        _timer = new CancellationTokenSource(target.StepTimeout, target.Time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(Run, _timer.Token);
    }

    private void DisposeSources()
    {
        _linked?.Dispose();
        _timer?.Dispose();
        _linked = null;
        _timer = null;
    }
}
