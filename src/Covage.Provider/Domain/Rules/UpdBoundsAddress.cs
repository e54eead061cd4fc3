using System.Text.Json.Nodes;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// UPD-BOUNDS-ADDRESS: the bound PATCH sets stairs and floor on fibre <c>create</c>/<c>activate_undefined</c>
/// orders and the street number on copper <c>create_neighbour</c> orders; the platform fills the rest.
/// </summary>
internal static class UpdBoundsAddress
{
    public const string Id = "UPD-BOUNDS-ADDRESS";

    /// <summary>The address patch when the order lets the operator write it; null (and violations) otherwise.</summary>
    public static JsonObject? Check(Order order, JsonNode? address, List<Violation> violations)
    {
        if (address is not JsonObject patch)
        {
            violations.Add(new(Id, "address", address is null ? "This field is required." : $"Expected an object, got {Json.Describe(address)}."));
            return null;
        }

        string[] allowed = (order.Product.Technology, order.RequestType) switch
        {
            (Technology.Fiber, "create" or "activate_undefined") => ["stairs", "floor"],
            (Technology.Copper, "create_neighbour") => ["street_number"],
            _ => [],
        };
        foreach (var (key, value) in patch)
        {
            if (!allowed.Contains(key))
            {
                violations.Add(new(Id, $"address.{key}", allowed.Length == 0
                    ? $"The address of a {order.Product.Technology.ToString().ToLowerInvariant()} \"{order.RequestType}\" order is filled in by the platform and cannot be changed."
                    : $"Only {string.Join(" and ", allowed)} can be set for a \"{order.RequestType}\" order."));
            }
            else if (!Json.IsString(value))
            {
                violations.Add(new(Id, $"address.{key}", $"Expected a string, got {Json.Describe(value)}."));
            }
        }

        return patch;
    }
}
