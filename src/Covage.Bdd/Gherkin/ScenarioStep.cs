namespace Covage.Bdd;

/// <summary>One step of a scenario, with its effective keyword (And/But resolved to the one before).</summary>
public sealed record ScenarioStep(string Keyword, string Text, int Line, DataTable? Table, DocString? DocString);
