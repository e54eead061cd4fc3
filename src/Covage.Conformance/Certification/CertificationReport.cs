using System.Text.Json.Nodes;

namespace Covage.Conformance.Certification;

/// <summary>
/// Everything the certification's reports show. <see cref="ConsoleCalls"/>: the calls the sandbox's web
/// console made with its secret mark, set aside and not judged (said, so that none goes unnoticed).
/// </summary>
internal sealed record CertificationReport(
    string KitVersion,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    Uri Sandbox,
    bool Autopilot,
    IReadOnlyList<string> Command,
    ClientOutcome? Client,
    JsonArray? Faults,
    IReadOnlyList<RecordedCall> Calls,
    int ConsoleCalls,
    Verdict Verdict,
    RuleBook Rules,
    string RulesSha256,
    string SchemasSha256)
{
    /// <summary>The client command as one line, for people.</summary>
    public string CommandLine => Command.Count == 0
        ? "(none: served until stopped)"
        : string.Join(' ', Command.Select(a => a.Length == 0 || a.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'') ? $"'{a.Replace("'", "'\\''", StringComparison.Ordinal)}'" : a));
}
