using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>CRT-TERMINATE-REF: a terminate order names one of the operator's active services, by uuid or by reference.</summary>
internal static class CrtTerminateRef
{
    public const string Id = "CRT-TERMINATE-REF";

    /// <summary>The field the draft names its service by: service_uuid when given, else service_ref.</summary>
    public static string FieldOf(OrderDraft draft) => draft.ServiceUuid is not null ? "service_uuid" : "service_ref";

    public static Violation? CheckNamed(OrderDraft draft) => draft.ServiceUuid is null && draft.ServiceRef is null
        ? new(Id, "service_ref", "A terminate order needs service_ref or service_uuid.")
        : null;

    public static Violation Unknown(string field) => new(Id, field, "No service of yours has this reference.");

    public static Violation? CheckActive(Service service, string field) =>
        service.Active ? null : new(Id, field, "This service is already terminated.");
}
