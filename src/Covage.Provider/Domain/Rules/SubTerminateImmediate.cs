using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// SUB-TERMINATE-IMMEDIATE: a terminate order takes effect when it is submitted: the service ends then
/// (with its <c>service-terminated</c> event), and from then on no terminate order may name it, neither
/// a new one (at create) nor another draft (at submit). The terminate order itself goes on through
/// Covage's statuses (the release of resources and the report); whatever it becomes, the service stays ended.
/// </summary>
internal static class SubTerminateImmediate
{
    public const string Id = "SUB-TERMINATE-IMMEDIATE";

    public static Violation Ended(string field) =>
        new(Id, field, "This service has already been terminated: a terminate order naming it was submitted.");

    public static Violation? CheckActive(Service service, string field) => service.Active ? null : Ended(field);

    /// <summary>At submit: the change that ends the order's service, or (with a violation) null when it has already ended.</summary>
    public static ServiceChange? End(Order order, OrderContext context, List<Violation> violations)
    {
        if (order.Type != OrderType.Terminate || order.ServiceUuid is not { } uuid)
        {
            return null;
        }

        if (context.ServiceByUuid(uuid) is not { Active: true } service)
        {
            violations.Add(Ended("service_uuid"));
            return null;
        }

        return new(service, service with { Active = false });
    }
}
