using Covage.Conformance.Running;

namespace Covage.Conformance.Reports;

/// <summary>
/// The three verdicts reports count: a scenario passes, fails (failed, undefined or ambiguous
/// steps, skipped as a whole), or is not applicable to the target — which is never a pass.
/// </summary>
internal static class ResultKind
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string NotApplicable = "not applicable";

    public static string Of(ScenarioResult result) => result.Outcome switch
    {
        Outcome.Passed => Passed,
        Outcome.NotApplicable => NotApplicable,
        _ => Failed,
    };

    /// <summary>Kebab form for CSS classes and JSON keys.</summary>
    public static string Slug(string kind) => kind.Replace(' ', '-');

    /// <summary>The failure text: the failing step and its error.</summary>
    public static string FailureText(ScenarioResult result)
    {
        var step = FailingStep(result);
        if (step is null)
        {
            return result.FirstError ?? $"the scenario ended {result.Outcome}";
        }

        var where = $"{result.Scenario.FeaturePath}:{step.Step.Line}";
        return $"Step {step.Outcome.ToString().ToLowerInvariant()}: {step.Step.Keyword.Trim()} {step.Step.Text} ({where}){Environment.NewLine}{step.Error}";
    }

    public static StepResult? FailingStep(ScenarioResult result) =>
        result.Steps.FirstOrDefault(s => s.Outcome is Outcome.Failed or Outcome.Undefined or Outcome.Ambiguous);

    /// <summary>The first line of the failure, for one-line listings.</summary>
    public static string FirstLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
