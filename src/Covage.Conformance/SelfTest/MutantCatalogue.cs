using Covage.Conformance.SelfTest.Catalogue;

namespace Covage.Conformance.SelfTest;

/// <summary>
/// Every mutant of the selftest, family by family, and the rules for which no black-box mutant can
/// exist (with the reason, shown in the reports).
/// </summary>
internal static class MutantCatalogue
{
    private static readonly Lazy<IReadOnlyList<Mutant>> Loaded = new(Load);

    public static IReadOnlyList<Mutant> All => Loaded.Value;

    /// <summary>Rules no mutant can break from outside the provider. Empty today: every rule of features/RULES.md has mutants.</summary>
    public static IReadOnlyList<NoMutant> NoMutants { get; } = [];

    private static List<Mutant> Load()
    {
        var all = OrderMutants.All().Concat(CreateMutants.All()).Concat(UpdateMutants.All()).Concat(FieldMutants.All()).Concat(SubmitMutants.All()).Concat(EventMutants.All()).Concat(ListMutants.All()).Concat(ErrorMutants.All()).Concat(AuthMutants.All()).ToList();
        var duplicate = all.GroupBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? all : throw new InvalidOperationException($"two mutants are called {duplicate.Key}");
    }
}
