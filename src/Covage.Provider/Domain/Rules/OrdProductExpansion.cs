using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>ORD-PRODUCT-EXPANSION: the operator sends a product code; the provider expands it from its catalogue.</summary>
internal static class OrdProductExpansion
{
    public const string Id = "ORD-PRODUCT-EXPANSION";

    public static Product? Find(ProductCatalogue catalogue, string code, List<Violation> violations)
    {
        var product = catalogue.Find(code);
        if (product is null)
        {
            violations.Add(new(Id, "product.code", $"Unknown product \"{code}\"."));
        }

        return product;
    }
}
