using System.Text.Json.Nodes;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// CRT-TERMINATE-REF: a terminate order names one of the operator's active services, by uuid or by
/// reference, and starts pre-filled from it: product, end customer, bounds, and of the operator's
/// information the contact only (as the page's example shows), never another order's reference or name.
/// </summary>
internal static class CrtTerminateRef
{
    public const string Id = "CRT-TERMINATE-REF";

    /// <summary>The field the draft names its service by: service_uuid when given, else service_ref.</summary>
    public static string FieldOf(OrderDraft draft) => draft.ServiceUuid is not null ? "service_uuid" : "service_ref";

    public static Violation? CheckNamed(OrderDraft draft) => draft.ServiceUuid is null && draft.ServiceRef is null
        ? new(Id, "service_ref", "A terminate order needs service_ref or service_uuid.")
        : null;

    public static Violation Unknown(string field) => new(Id, field, "No service of yours has this reference.");

    /// <summary>The operator information a terminate draft starts with: the service's operator contact, nothing else.</summary>
    public static JsonObject PrefilledOperatorInfo(Service service) =>
        Json.String(service.OperatorInfo["contact_uuid"]) is { } contact ? new JsonObject { ["contact_uuid"] = contact } : [];

}
