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

    /// <summary>The tag of scenarios that check the kit's reading of something the pages leave open (an <c>interp</c> row or reading).</summary>
    public const string ReadingTag = "@interp";

    /// <summary>A failed scenario without <see cref="ReadingTag"/>: the target departs from what the pages state.</summary>
    public const string BreaksDocumentedRule = "breaks a documented rule";

    /// <summary>A failed scenario with <see cref="ReadingTag"/>: the target departs from the kit's reading only.</summary>
    public const string DiffersFromReading = "differs from the kit's reading";

    public static string Of(ScenarioResult result) => result.Outcome switch
    {
        Outcome.Passed => Passed,
        Outcome.NotApplicable => NotApplicable,
        _ => Failed,
    };

    public static bool ChecksReading(ScenarioCase scenario) => scenario.Tags.Contains(ReadingTag, StringComparer.Ordinal);

    /// <summary>For a failed scenario: does it break a documented rule or differ from the kit's reading?</summary>
    public static string FailureVerdict(ScenarioResult result) => ChecksReading(result.Scenario) ? DiffersFromReading : BreaksDocumentedRule;

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

    public static StepResult? FailingStep(ScenarioResult result) => result.Steps.FirstOrDefault(s => Fails(s.Outcome));

    /// <summary>A step outcome that fails its scenario in the kit's reports (pending is told apart).</summary>
    public static bool Fails(Outcome outcome) => outcome is Outcome.Failed or Outcome.Undefined or Outcome.Ambiguous;

    /// <summary>
    /// The first line of the failure, for one-line listings. A line that ends with a colon announces what
    /// follows ("Suggested binding:", "matches 2 bindings:"), so the next line joins it: the summary
    /// always carries the problem itself.
    /// </summary>
    public static string FirstLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            return "";
        }

        var line = lines[0];
        for (var i = 1; i < lines.Count && line.EndsWith(':'); i++)
        {
            line += " " + lines[i];
        }

        return line;
    }
}
