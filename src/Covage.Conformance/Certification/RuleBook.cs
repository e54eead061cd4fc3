using Covage.Conformance.Reports;

namespace Covage.Conformance.Certification;

/// <summary>What each judged rule says: the certification's own behaviours first, then the kit's catalogue (features/RULES.md).</summary>
internal sealed class RuleBook(IReadOnlyList<CatalogueRule> catalogue)
{
    private static readonly ClientRule[] Behaviours =
    [
        ClientRules.RequestSchema, ClientRules.InfoThrottle, ClientRules.RetryAfter, ClientRules.RetryUnchanged, ClientRules.EventsCursor,
        ClientRules.TokenReuse, ClientRules.Backoff, ClientRules.NoBlindRecreate, ClientRules.RequiredOperations, ClientRules.Traffic,
    ];

    public ClientRule Describe(string id) =>
        Behaviours.FirstOrDefault(b => b.Id == id)
        ?? (catalogue.FirstOrDefault(r => r.Id == id) is { } row ? new ClientRule(id, row.Statement, row.Source) : new ClientRule(id, "(not in the kit's rule catalogue)", ""));
}
