using Reqnroll;
using Reqnroll.Events;
using Reqnroll.Infrastructure;

namespace Covage.Conformance.Running;

/// <summary>
/// Listens to one test thread's execution events and writes each step's and each failing hook's
/// outcome into the running scenario's <see cref="ScenarioTrace"/> (when the kit's runner registered
/// one). The outcome follows Reqnroll's status and the exception's type.
/// </summary>
internal sealed class StepRecorder : IAsyncExecutionEventListener
{
    public async Task OnEventAsync(IExecutionEvent executionEvent)
    {
        switch (executionEvent)
        {
            case StepStartedEvent started when TraceOf(started.ScenarioContext) is { } trace:
                trace.StepStarted();
                break;
            case StepFinishedEvent finished when TraceOf(finished.ScenarioContext) is { } trace:
                var step = finished.StepContext;
                var snippet = step.Status == ScenarioExecutionStatus.UndefinedStep && step.StepInfo.StepInstance is { } instance
                    && finished.FeatureContext is FeatureContext feature
                    ? finished.ScenarioContext.ScenarioContainer.Resolve<ITestUndefinedMessageFactory>().BuildStepMessageFromContext(instance, feature)
                    : null;
                var evidence = trace.StepFinished(Outcome(step.Status, step.StepError), step.StepError, snippet);
                if (evidence.Count > 0)
                {
                    // Published before Reqnroll's own listener sees the step finish: the formatters put it under this step.
                    var publisher = finished.ScenarioContext.ScenarioContainer.Resolve<ITestThreadExecutionEventPublisher>();
                    var featureInfo = (finished.FeatureContext as FeatureContext)?.FeatureInfo;
                    var scenarioInfo = finished.ScenarioContext.ScenarioInfo;
                    foreach (var attachment in evidence)
                    {
                        await publisher.PublishEventAsync(new OutputAddedEvent(ScenarioLog.Text(attachment), featureInfo, scenarioInfo));
                    }
                }

                break;
            case HookBindingFinishedEvent hook when hook.HookException is not null && TraceOf(hook.ContextManager.ScenarioContext) is { } trace:
                trace.HookFailed(hook.HookBinding.HookType.ToString(), $"{hook.HookBinding.Method.Type.Name}.{hook.HookBinding.Method.Name}", hook.HookException, hook.Duration);
                break;
            default:
                break;
        }
    }

    /// <summary>Reqnroll's status and the exception's type to the kit's outcome.</summary>
    public static Outcome Outcome(ScenarioExecutionStatus status, Exception? error) => status switch
    {
        ScenarioExecutionStatus.OK => Running.Outcome.Passed,
        ScenarioExecutionStatus.Skipped => error is NotApplicableException ? Running.Outcome.NotApplicable : Running.Outcome.Skipped,
        ScenarioExecutionStatus.UndefinedStep => Running.Outcome.Undefined,
        ScenarioExecutionStatus.StepDefinitionPending => Running.Outcome.Pending,
        ScenarioExecutionStatus.BindingError when error is AmbiguousBindingException => Running.Outcome.Ambiguous,
        _ => Running.Outcome.Failed,
    };

    private static ScenarioTrace? TraceOf(IScenarioContext? context) =>
        context?.ScenarioContainer is { } container && container.IsRegistered<ScenarioTrace>() ? container.Resolve<ScenarioTrace>() : null;
}
