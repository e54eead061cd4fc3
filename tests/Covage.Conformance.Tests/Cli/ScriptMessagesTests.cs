using System.Text.RegularExpressions;
using Covage.Conformance.Tests.Pact;

namespace Covage.Conformance.Tests.Cli;

/// <summary>The kit's shell scripts name themselves as the CLI does: every line they print starts <c>covage-conformance:</c>.</summary>
public sealed partial class ScriptMessagesTests
{
    public static TheoryData<string> Scripts() => ["run-conformance.sh", "eng/fetch-pact.sh"];

    [Theory]
    [MemberData(nameof(Scripts))]
    public void EveryPrefixedLine_NamesTheKitAsCovageConformance(string script)
    {
        var lines = File.ReadAllLines(Path.Combine(PactTestFiles.RepoRoot, script));

        var prefixes = lines.SelectMany(l => Printed().Matches(l)).Select(m => m.Groups["name"].Value).ToList();

        Assert.NotEmpty(prefixes);
        Assert.All(prefixes, name => Assert.Equal("covage-conformance", name));
    }

    // echo "name: ..." — a line of the script's own, named by its first word.
    [GeneratedRegex("""\becho\s+"(?<name>[a-z][a-z0-9-]*):\s""")]
    private static partial Regex Printed();
}
