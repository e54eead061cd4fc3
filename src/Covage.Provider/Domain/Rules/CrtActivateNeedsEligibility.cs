using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// CRT-ACTIVATE-NEEDS-ELIGIBILITY: an activate order starts from one of the operator's eligibilities
/// (of the product's technology), a product code and a request type.
/// </summary>
internal static class CrtActivateNeedsEligibility
{
    public const string Id = "CRT-ACTIVATE-NEEDS-ELIGIBILITY";

    /// <summary>Reports each of the three fields the draft lacks; true when none is missing.</summary>
    public static bool CheckPresent(OrderDraft draft, List<Violation> violations)
    {
        var before = violations.Count;
        if (draft.EligibilityRef is null)
        {
            violations.Add(Missing("eligibility_ref"));
        }

        if (draft.ProductCode is null)
        {
            violations.Add(Missing("product.code"));
        }

        if (draft.Changes.RequestType is null)
        {
            violations.Add(Missing("request_type"));
        }

        return violations.Count == before;
    }

    /// <summary>The operator's eligibility for the product; null (and a violation) when it is unknown or of another technology.</summary>
    public static Eligibility? Find(Eligibility? eligibility, string reference, string operatorUuid, Product product, List<Violation> violations)
    {
        if (eligibility is null || eligibility.OperatorUuid != operatorUuid)
        {
            violations.Add(new(Id, "eligibility_ref", $"Unknown eligibility \"{reference}\"."));
            return null;
        }

        if (eligibility.Technology != product.Technology)
        {
            violations.Add(new(Id, "product.code",
                $"Product {product.Code} is {product.Technology.ToString().ToLowerInvariant()}; the eligibility is {eligibility.Technology.ToString().ToLowerInvariant()}."));
            return null;
        }

        return eligibility;
    }

    private static Violation Missing(string field) => new(Id, field, "This field is required.");
}
