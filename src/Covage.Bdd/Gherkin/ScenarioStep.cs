namespace Covage.Bdd;

/// <summary>
/// One step of a scenario. <see cref="Keyword"/> is the effective one (Given/When/Then; And, But and
/// * take the one before, localized keywords are mapped); <see cref="Line"/> is the step's own line.
/// </summary>
public sealed record ScenarioStep(string Keyword, string Text, int Line, DataTable? Table, DocString? DocString)
{
    /// <summary>The keyword as written in the file (e.g. <c>And</c>), for reports; null for steps the engine made up.</summary>
    public string? WrittenKeyword { get; init; }
}
