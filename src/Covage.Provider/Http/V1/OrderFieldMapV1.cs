using System.Text.Json.Nodes;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Http.V1;

/// <summary>
/// The one documented mapping between the v1 and v2 views of an order. Both versions read and write the
/// same stored order; this class is the only place that knows how their field names correspond.
/// </summary>
/// <remarks>
/// <code>
/// v1 field                         | v2 field / stored as
/// ---------------------------------+-----------------------------------------------------------
/// order_uuid                       | uuid
/// alias                            | reference
/// operator_uuid                    | (the owning operator; v2 does not show it)
/// operator_order_ref               | operator_info.order_ref
/// operator_order_name              | operator_info.order_name
/// contacts.operator.contact_uuid   | operator_info.contact_uuid
/// owner (type, name, siret, ...)   | end_customer, without its contact
/// contacts.owner                   | end_customer.contact
/// activation_type                  | request_type
/// eligibility_ref, type, product,  | same names
///   options, comment, status, dates|
/// service_alias                    | service_ref
/// service_uuid                     | service_uuid
/// address                          | bounds[0].address
/// endpoints                        | bounds[*].endpoints[*] {reference → endpoint_ref, type → endpoint_ref_type}
///                                  |   (activate orders; empty for line building)
/// reference_endpoint               | bounds[0].endpoints[0] (line-building orders: create*)
/// origin                           | Order.Origin (read-only, v2 does not show it)
/// enni, batch_alias,               | Order.Extras (v1-only: kept untouched by every v2 write)
///   activation_info, pop           |
/// (v2-only: bounds uuids and       | kept untouched by every v1 write
///   information, allow_second_rdv, |
///   address_second_rdv, ...)       |
/// </code>
/// </remarks>
internal static class OrderFieldMapV1
{
    /// <summary>v1-only fields kept in <see cref="Domain.Orders.Order.Extras"/>.</summary>
    public const string Enni = Domain.Rules.OrdEnniFieldV1.Field;
    public const string BatchAlias = "batch_alias";
    public const string ActivationInfo = "activation_info";
    public const string Pop = OrdEnniPop.Field;

    private static readonly (string V2, string V1)[] Prefixes =
    [
        ("operator_info.order_ref", "operator_order_ref"),
        ("operator_info.order_name", "operator_order_name"),
        ("operator_info.contact_uuid", "contacts.operator.contact_uuid"),
        ("end_customer.contact", "contacts.owner"),
        ("end_customer", "owner"),
        ("request_type", "activation_type"),
        ("service_ref", "service_alias"),
        ("bounds[0].address", "address"),
    ];

    /// <summary>Names a domain violation's field the way a v1 client sent it.</summary>
    public static string ToV1Field(string v2Field)
    {
        foreach (var (v2, v1) in Prefixes)
        {
            if (v2Field == v2 || v2Field.StartsWith(v2 + ".", StringComparison.Ordinal))
            {
                return v1 + v2Field[v2.Length..];
            }
        }

        return v2Field;
    }

    public static Refusal ToV1(Refusal refusal) =>
        refusal with { Violations = [.. refusal.Violations.Select(v => v with { Field = ToV1Field(v.Field) })] };

    /// <summary>v1 <c>owner</c>: the end customer without its contact (which v1 shows as <c>contacts.owner</c>).</summary>
    public static JsonObject Owner(JsonObject endCustomer)
    {
        var owner = new JsonObject();
        foreach (var (key, value) in endCustomer)
        {
            if (key != "contact")
            {
                owner[key] = value?.DeepClone();
            }
        }

        return owner;
    }

    /// <summary>The stored end customer a v1 document describes: <c>owner</c> plus <c>contacts.owner</c> as its contact.</summary>
    public static JsonObject EndCustomer(JsonObject? owner, JsonObject? ownerContact)
    {
        var customer = owner is null ? [] : Owner(owner);
        if (ownerContact is not null)
        {
            customer["contact"] = ownerContact.DeepClone();
        }

        return customer;
    }

    /// <summary>
    /// A merge patch (see <see cref="Json.Merge"/>) that turns <paramref name="current"/> into exactly
    /// <paramref name="desired"/>: UPD-V1-WHOLE-DOCUMENT through the domain's merge-based changes.
    /// </summary>
    public static JsonObject ReplacementPatch(JsonObject current, JsonObject desired)
    {
        var patch = new JsonObject();
        foreach (var (key, _) in current)
        {
            if (!desired.ContainsKey(key) || desired[key] is null)
            {
                patch[key] = null;
            }
        }

        foreach (var (key, value) in desired)
        {
            if (value is null)
            {
                continue;
            }

            patch[key] = value is JsonObject desiredObject && current[key] is JsonObject currentObject
                ? ReplacementPatch(currentObject, desiredObject)
                : value.DeepClone();
        }

        return patch;
    }
}
