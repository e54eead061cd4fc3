using System.Text.RegularExpressions;
using Covage.Conformance.Running;

namespace Covage.Conformance.Reports;

/// <summary>
/// Failures that share their first error, whatever the scenario's own data (uuids, references,
/// dates, the rule the scenario cites): one bug of the target that fails 448 scenarios is one cause.
/// </summary>
internal sealed partial record FailureCause(string Summary, IReadOnlyList<ScenarioResult> Results)
{
    /// <summary>The target answered a server error: one cause whatever the step that met it (setup or check).</summary>
    public bool IsServerError => Summary.StartsWith(ServerErrorPrefix, StringComparison.Ordinal);

    /// <summary>The line that heads the cause in the reports: a server error as such, otherwise its first failure's own first line.</summary>
    public string Headline => IsServerError ? Summary : ResultKind.FirstLine(ResultKind.FailingStep(Results[0])?.Error ?? Summary);

    public static IReadOnlyList<FailureCause> Group(IEnumerable<ScenarioResult> failures) =>
        [.. failures.GroupBy(Key, StringComparer.Ordinal)
            .Select(g => new FailureCause(g.Key, [.. g]))
            .OrderByDescending(c => c.Results.Count)
            .ThenBy(c => c.Summary, StringComparer.Ordinal)];

    /// <summary>The first line of the failure with the scenario's own values replaced by what they are.</summary>
    public static string Key(ScenarioResult result)
    {
        var line = ResultKind.FirstLine(ResultKind.FailingStep(result)?.Error ?? result.FirstError ?? $"the scenario ended {result.Outcome}");
        line = LeadingRule().Replace(line, "");

        // What the provider said varies with the request (its method, its field); the kit's side of the difference does not.
        // Unless the provider failed: a 5xx is the target's own trouble, the same whichever step met it.
        var answered = line.IndexOf(ProviderAnswered, StringComparison.Ordinal);
        if (answered >= 0 && ServerError().Match(line, answered + ProviderAnswered.Length) is { Success: true } failure)
        {
            line = ServerErrorPrefix + line[(answered + ProviderAnswered.Length + 1)..];
        }
        else
        {
            line = answered < 0 ? line : line[..answered];
        }

        line = Uuid().Replace(line, "<uuid>");
        line = OrderReference().Replace(line, "<reference>");
        line = Date().Replace(line, "<date>");
        line = KitReference().Replace(line, "<order_ref>");
        line = Token().Replace(line, "<token>");
        return line;
    }

    private const string ProviderAnswered = "; the provider answered";

    private const string ServerErrorPrefix = "the target failed (a server error, whatever the step that met it): it answered ";

    [GeneratedRegex(@"\G 5\d\d\b")]
    private static partial Regex ServerError();

    // The rule a failure cites is the scenario's; the same bug fails scenarios of many rules.
    [GeneratedRegex(@"^\[[A-Z0-9]+(-[A-Z0-9]+)*\] ")]
    private static partial Regex LeadingRule();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"\b[OSB]\d{6}_\d{5}\b")]
    private static partial Regex OrderReference();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?")]
    private static partial Regex Date();

    [GeneratedRegex(@"KIT-[0-9a-f]{16}(-[A-Za-z0-9]+)?")]
    private static partial Regex KitReference();

    [GeneratedRegex(@"\b[0-9a-f]{16}\b")]
    private static partial Regex Token();
}
