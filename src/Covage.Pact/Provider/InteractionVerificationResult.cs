namespace Covage.Pact.Provider;

/// <summary>How one interaction of a pact fared against the provider.</summary>
public sealed record InteractionVerificationResult(
    string Description,
    string? ProviderState,
    bool Passed,
    IReadOnlyList<PactMismatch> Mismatches,
    string? Error)
{
    public override string ToString()
    {
        var state = ProviderState is null ? "" : $" (given {ProviderState})";
        var head = $"{(Passed ? "PASS" : "FAIL")} {Description}{state}";
        var lines = Mismatches.Select(m => "  - " + m).ToList();
        if (Error is not null)
        {
            lines.Insert(0, "  - " + Error);
        }

        return lines.Count == 0 ? head : head + Environment.NewLine + string.Join(Environment.NewLine, lines);
    }
}
