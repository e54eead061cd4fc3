namespace Covage.Pact.Consumer;

/// <summary>The outcome of a mock server session: whether every interaction was matched, and what went wrong.</summary>
public sealed record MockServerVerification(bool Matched, IReadOnlyList<MockServerMismatch> Mismatches)
{
    /// <summary>All mismatches as readable text (empty when matched).</summary>
    public string Text => string.Join(Environment.NewLine, Mismatches.Select(m => m.Text));

    public override string ToString() => Matched ? "all interactions matched" : Text;
}
