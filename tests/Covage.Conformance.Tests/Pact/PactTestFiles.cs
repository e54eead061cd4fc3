namespace Covage.Conformance.Tests.Pact;

/// <summary>Where the repository's contracts and this folder's test pacts are, seen from the test output.</summary>
internal static class PactTestFiles
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Contract => Path.Combine(RepoRoot, "contracts", CovageContract.FileName);

    public static string Data(string name) => Path.Combine(RepoRoot, "tests", "Covage.Conformance.Tests", "Pact", "Data", name);

    public static int InteractionCount(string pactFile) =>
        System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(pactFile))!["interactions"]!.AsArray().Count;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CovageConformance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (CovageConformance.sln) was not found above the test output.");
    }
}
