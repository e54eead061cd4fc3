namespace Covage.Conformance.Certification.Checks;

/// <summary>Every request the sandbox refused is a finding under each rule the refusal cited.</summary>
internal sealed class RefusalCheck : IClientCheck
{
    public IReadOnlyList<ClientRule> Rules => [];

    public IEnumerable<Finding> Judge(IReadOnlyList<RecordedCall> calls) =>
        from call in calls
        where call.Refused
        from rule in call.Rules.DefaultIfEmpty("ERR-ENVELOPE")
        select new Finding(rule, "refused: " + RefusalWords.For(call, rule), call);
}
