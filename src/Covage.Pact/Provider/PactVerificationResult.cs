namespace Covage.Pact.Provider;

/// <summary>
/// The outcome of verifying pact files against a provider: overall pass/fail, one entry per interaction,
/// errors that are not tied to an interaction (a pact that cannot be loaded, ...), and the engine's
/// plain-text report.
/// </summary>
public sealed record PactVerificationResult(
    bool Passed,
    int ExitCode,
    IReadOnlyList<InteractionVerificationResult> Interactions,
    IReadOnlyList<string> Errors,
    string Output,
    string? Json)
{
    /// <summary>A readable summary: each interaction's result with its mismatches, then the errors.</summary>
    public string Summary =>
        string.Join(Environment.NewLine, Interactions.Select(i => i.ToString()).Concat(Errors.Select(e => "ERROR " + e)));

    public override string ToString() => (Passed ? "passed" : "failed") + Environment.NewLine + Summary;
}
