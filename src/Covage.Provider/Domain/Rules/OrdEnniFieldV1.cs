using System.Text.Json.Nodes;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// ORD-ENNI-FIELD-V1: the v1 <c>enni</c> field "must be filled with a SDSL family product (S)": a family S
/// order submitted through v1 names the ENNI that delivers it (a non-empty object, such as the page's
/// <c>{"enni_vlan", "enni_service_ref"}</c>). ORD-ENTERPRISE-NEEDS-ENNI asks the operator to own an
/// ENNI at all; this rule asks the v1 order to say which one. v2 documents no such field and does not check it.
/// </summary>
internal static class OrdEnniFieldV1
{
    public const string Id = "ORD-ENNI-FIELD-V1";

    /// <summary>Where the v1 field is kept among the fields only v1 shows (<see cref="Order.Extras"/>).</summary>
    public const string Field = "enni";

    /// <summary>The fields of the page's example; any other key is kept as sent (the enni page is not published).</summary>
    public static readonly IReadOnlyList<string> KnownFields = ["enni_vlan", "enni_service_ref"];

    public static void Check(Order order, List<Violation> violations)
    {
        if (order.Product.Family.Code == "S" && order.Extras?[Field] is not JsonObject { Count: > 0 })
        {
            violations.Add(new(Id, Field, "An SDSL (family S) order needs its enni (the ENNI that delivers it) before it is submitted through API v1."));
        }
    }
}
