namespace Covage.Conformance.Running;

/// <summary>
/// One step of a scenario. <see cref="Keyword"/> is the effective one (Given/When/Then; And, But and
/// * take the one before, localized keywords are mapped); <see cref="Line"/> is the step's own line.
/// </summary>
internal sealed record ScenarioStep(string Keyword, string Text, int Line, StepTable? Table, DocString? DocString)
{
    /// <summary>The keyword as written in the file (e.g. <c>And</c>), for reports; null for steps the runner made up (hooks).</summary>
    public string? WrittenKeyword { get; init; }
}
