using System.Text.Json.Nodes;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>UPD-OPERATOR-REF-UNIQUE: operator_info.order_ref is unique among the operator's orders.</summary>
internal static class UpdOperatorRefUnique
{
    public const string Id = "UPD-OPERATOR-REF-UNIQUE";

    public const string Field = "operator_info.order_ref";

    /// <summary>Checks a written reference; <paramref name="isTaken"/> says whether another order already uses one.</summary>
    public static void Check(JsonObject info, string? currentRef, Func<string, bool> isTaken, List<Violation> violations)
    {
        if (Json.String(info["order_ref"]) is { } orderRef && orderRef != currentRef && isTaken(orderRef))
        {
            violations.Add(Taken(orderRef));
        }
    }

    public static Violation Taken(string orderRef) => new(Id, Field, $"Another order already uses the reference \"{orderRef}\".");
}
