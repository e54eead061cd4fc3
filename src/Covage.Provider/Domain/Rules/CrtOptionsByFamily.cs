using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// CRT-OPTIONS-BY-FAMILY: each option is open to some product families and, for two fibre options, to
/// some request types (the table is data: <see cref="ProductCatalogue.Options"/>).
/// </summary>
internal static class CrtOptionsByFamily
{
    public const string Id = "CRT-OPTIONS-BY-FAMILY";

    /// <summary>The option's definition when the product and request type may carry it; null (and a violation) otherwise.</summary>
    public static OptionDefinition? Check(string code, Product product, string? requestType, List<Violation> violations)
    {
        var field = $"options.{code}";
        var definition = ProductCatalogue.FindOption(code);
        if (definition is null)
        {
            violations.Add(new(Id, field, $"Unknown option \"{code}\"."));
            return null;
        }

        if (!definition.AllowsFamily(product.Family.Code))
        {
            violations.Add(new(Id, field, $"Option \"{code}\" is not available for family {product.Family.Code} (product {product.Code}); it is for families {string.Join('/', definition.Families.ToCharArray())}."));
            return null;
        }

        if (definition.RequestTypes is { } types && (requestType is null || !types.Contains(requestType)))
        {
            violations.Add(new(Id, field, $"Option \"{code}\" is only available with request_type {string.Join(" or ", types)}."));
            return null;
        }

        return definition;
    }
}
