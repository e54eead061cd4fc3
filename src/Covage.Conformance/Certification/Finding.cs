namespace Covage.Conformance.Certification;

/// <summary>
/// Something the client did wrong: the rule it broke (a field, apart from the words), what happened,
/// and the call that shows it (with its request and answer in the reports).
/// </summary>
internal sealed record Finding(string Rule, string Message, RecordedCall? Evidence)
{
    public override string ToString() => Evidence is null ? $"{Rule}: {Message}" : $"{Rule}: {Evidence.Label} → {Evidence.Answer}: {Message}";
}
