using Covage.Conformance.Reports;

namespace Covage.Conformance.Certification;

/// <summary>What each judged rule says, as the kit's catalogue (features/RULES.md) states it.</summary>
internal sealed class RuleBook(IReadOnlyList<CatalogueRule> catalogue)
{
    public const string NotCatalogued = "(not in the kit's rule catalogue)";

    public RuleStatement Describe(string id) =>
        catalogue.FirstOrDefault(r => r.Id == id) is { } row ? new RuleStatement(id, row.Statement, row.Source) : new RuleStatement(id, NotCatalogued, "");
}
