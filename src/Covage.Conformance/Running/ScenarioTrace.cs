using System.Diagnostics;
using System.Globalization;

namespace Covage.Conformance.Running;

/// <summary>
/// One scenario's results as they happen: a result per step in order, failing hooks as extra
/// entries, the not-applicable reason, and the evidence each step recorded.
/// </summary>
internal sealed class ScenarioTrace(ScenarioCase scenario, ScenarioLog log)
{
    private readonly List<StepResult> _results = [];
    private IReadOnlyList<Attachment> _beforeFirstStep = [];
    private long _stepStarted;
    private int _stepIndex;

    public IReadOnlyList<StepResult> Results => _results;

    public string? NotApplicableReason { get; private set; }

    public void StepStarted()
    {
        if (_stepIndex == 0)
        {
            // What Before hooks recorded goes with the first step.
            _beforeFirstStep = log.TakeAttachments();
        }

        _stepStarted = Stopwatch.GetTimestamp();
    }

    /// <summary>Records the step; returns the evidence to show with it in the Cucumber reports (all the scenario's when it failed, else none).</summary>
    public IReadOnlyList<Attachment> StepFinished(Outcome outcome, Exception? error, string? snippet)
    {
        var step = _stepIndex < scenario.Steps.Count ? scenario.Steps[_stepIndex] : new ScenarioStep("Given", "(a step the kit did not expect)", scenario.Line, null, null);
        _stepIndex++;
        var attachments = _beforeFirstStep.Count > 0 ? [.. _beforeFirstStep, .. log.TakeAttachments()] : log.TakeAttachments();
        _beforeFirstStep = [];
        string? text = outcome switch
        {
            Outcome.Passed or Outcome.Skipped => null,
            Outcome.Undefined => Undefined(step, snippet),
            Outcome.NotApplicable => ErrorText.Describe(error!),
            _ => error is null ? null : ErrorText.Describe(error),
        };
        if (outcome == Outcome.NotApplicable)
        {
            NotApplicableReason ??= text;
        }

        _results.Add(new StepResult(step, outcome, Stopwatch.GetElapsedTime(_stepStarted), text, attachments));
        return outcome is Outcome.Failed or Outcome.Ambiguous or Outcome.Pending ? [.. _results.SelectMany(r => r.Attachments)] : [];
    }

    public void HookFailed(string kind, string hook, Exception error, TimeSpan duration)
    {
        if (error is NotApplicableException notApplicable)
        {
            NotApplicableReason ??= notApplicable.Reason;
            return;
        }

        _results.Add(new StepResult(new ScenarioStep(kind, $"hook {hook}", scenario.Line, null, null),
            Outcome.Failed, duration, $"{kind} hook {hook} failed: {ErrorText.Describe(error)}", log.TakeAttachments()));
    }

    /// <summary>The results once the scenario ended; what After hooks recorded goes with the last entry.</summary>
    public IReadOnlyList<StepResult> Finish()
    {
        var late = log.TakeAttachments();
        if (late.Count > 0 && _results.Count > 0)
        {
            _results[^1] = _results[^1] with { Attachments = [.. _results[^1].Attachments, .. late] };
        }

        return _results;
    }

    private string Undefined(ScenarioStep step, string? snippet) =>
        string.Create(CultureInfo.InvariantCulture, $"Undefined step \"{step.WrittenKeyword ?? step.Keyword} {step.Text}\" at {scenario.FeaturePath}:{step.Line} (scenario \"{scenario.Name}\"). Suggested binding:")
        + Environment.NewLine + (snippet ?? "(no suggestion)").TrimEnd();
}
