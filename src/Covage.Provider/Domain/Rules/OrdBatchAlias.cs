using System.Text.RegularExpressions;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>ORD-BATCH-ALIAS (v1): a batch reference, when given, is <c>BYYMMDD_XXXXX</c>.</summary>
internal static partial class OrdBatchAlias
{
    public const string Id = "ORD-BATCH-ALIAS";

    /// <summary>The alias when well formed (or absent); null and a violation otherwise.</summary>
    public static string? Check(string? alias, List<Violation> violations)
    {
        if (alias is null || Pattern().IsMatch(alias))
        {
            return alias;
        }

        violations.Add(new(Id, "batch_alias", $"\"{alias}\" is not a batch reference: expected BYYMMDD_XXXXX (e.g. B170516_00001)."));
        return null;
    }

    [GeneratedRegex(@"^B\d{6}_\d{5}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
