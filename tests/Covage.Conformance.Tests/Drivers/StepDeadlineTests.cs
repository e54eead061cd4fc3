using Covage.Conformance.Cli;
using Covage.Conformance.Drivers;
using Covage.Conformance.Reports;
using Covage.Conformance.Targets;
using Covage.Conformance.Tests.Mutants;
using Covage.Conformance.Tests.Scenarios;

namespace Covage.Conformance.Tests.Drivers;

public sealed class StepDeadlineTests
{
    [Fact]
    public async Task Step_TargetNeverAnswers_StoppedAtTheStepTimeoutAndTheCallCancelled()
    {
        var clock = new ManualTimeProvider();
        HangingHandler hung = null!;
        await using var target = await TargetFactory.BuiltInAsync(SuiteFixture.SchemasDirectory, around: inner => hung = new HangingHandler(inner));
        target.StepTimeout = TimeSpan.FromSeconds(60);
        target.Time = clock;
        var scenario = MutantSuite.Find("orders/create-order.feature", "the order reference carries the creation date").Single();

        await using var runner = SuiteRunnerFactory.Create(target);
        var running = runner.RunScenarioAsync(scenario);
        await hung.Arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(running.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        var result = await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ResultKind.Failed, ResultKind.Of(result));
        Assert.StartsWith("[TIMEOUT] POST /api/v2/orders/: no answer within the step timeout of 60 s; the call was stopped", ResultKind.FailingStep(result)!.Error, StringComparison.Ordinal);
        Assert.True(await hung.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void Token_NextStep_GetsAFreshToken()
    {
        var target = new TargetContext("t", new Uri("http://127.0.0.1/"), new HttpClient(), null!, null!, null, hasSimulator: false) { Time = new ManualTimeProvider() };
        using var deadline = new StepDeadline(null, target);

        var first = deadline.Token;
        var again = deadline.Token;
        deadline.StepStarted();
        var second = deadline.Token;

        Assert.Equal(first, again);
        Assert.NotEqual(first, second);
        Assert.False(second.IsCancellationRequested);
    }

    [Fact]
    public void Expired_StepTimeoutPassed_TrueAndTheTokenCancelled()
    {
        var clock = new ManualTimeProvider();
        var target = new TargetContext("t", new Uri("http://127.0.0.1/"), new HttpClient(), null!, null!, null, hasSimulator: false) { Time = clock, StepTimeout = TimeSpan.FromSeconds(5) };
        using var deadline = new StepDeadline(null, target);
        var token = deadline.Token;

        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.True(token.IsCancellationRequested);
        Assert.True(deadline.Expired(token));
        Assert.StartsWith("[TIMEOUT] GET /x: no answer within the step timeout of 5 s", deadline.TimedOut("GET /x").Message, StringComparison.Ordinal);
    }

    /// <summary>A target that takes a create and never answers it, until the call is cancelled.</summary>
    private sealed class HangingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public TaskCompletionSource Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method != HttpMethod.Post || request.RequestUri!.AbsolutePath != "/api/v2/orders/")
            {
                return await base.SendAsync(request, cancellationToken);
            }

            Arrived.TrySetResult();
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled.TrySetResult(true);
                throw;
            }

            throw new InvalidOperationException("unreachable");
        }
    }
}
