namespace Covage.Pact.Provider;

/// <summary>How one interaction of a pact fared against the provider.</summary>
public sealed record InteractionVerificationResult(
    string Description,
    string? ProviderState,
    bool Passed,
    IReadOnlyList<PactMismatch> Mismatches,
    string? Error)
{
    /// <summary>The consumer whose pact holds the interaction.</summary>
    public string? Consumer { get; init; }

    /// <summary>Pending interactions are reported but do not fail a verification.</summary>
    public bool Pending { get; init; }

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
