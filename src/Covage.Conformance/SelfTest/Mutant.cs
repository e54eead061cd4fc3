using Covage.Conformance.SelfTest.Interception;

namespace Covage.Conformance.SelfTest;

/// <summary>
/// A rule-breaking variant of the built-in provider: the provider with <see cref="Rewrite"/> between it
/// and the kit. <see cref="Breaks"/> says, in plain words, what a real implementation would be doing wrong.
/// </summary>
internal sealed record Mutant(string Id, IReadOnlyList<string> Rules, string Breaks, Rewrite Rewrite)
{
    /// <summary>A tag expression picking scenarios to run besides those citing <see cref="Rules"/>.</summary>
    public string? AlsoRun { get; init; }

    /// <summary>A mutant of the rules given (space-separated IDs).</summary>
    public static Mutant Of(string rules, string id, string breaks, Rewrite rewrite) =>
        new(id, rules.Split(' ', StringSplitOptions.RemoveEmptyEntries), breaks, rewrite);
}
