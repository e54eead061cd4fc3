namespace Covage.Conformance.SelfTest.Running;

/// <summary>A scenario as the selftest sees it, whatever engine runs it: a stable id, names and tags.</summary>
internal sealed record SuiteScenario(string Id, string Name, string Feature, IReadOnlyList<string> Tags)
{
    public string Title => $"{Feature} › {Name}";
}
