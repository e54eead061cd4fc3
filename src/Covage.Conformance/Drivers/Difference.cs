namespace Covage.Conformance.Drivers;

/// <summary>One thing an answer shows that a check did not expect: where, what was expected, what was seen.</summary>
internal sealed record Difference(string At, string Expected, string Actual)
{
    public override string ToString() => $"{At}: expected {Failures.Short(Expected)}, got {Failures.Short(Actual)}";
}
