namespace Covage.Provider.Domain.Rules;

/// <summary>
/// EVT-FIBER-SET: the only order events a Fiber Pro order receives. The pages give this list for
/// Fiber Pro (family F) only; the kit applies it to fibre enterprise (family E) orders too, its reading.
/// </summary>
internal static class EvtFiberSet
{
    public const string Id = "EVT-FIBER-SET";

    public static readonly IReadOnlySet<string> Events = new HashSet<string>(StringComparer.Ordinal)
    {
        "order-submitted", "order-acknowledged", "order-running", "order-rejected", "order-cancelled",
        "order-appointment-agreed", "order-info", "order-completed", "order-on-site-intervention-succeeded",
        "order-on-site-intervention-failed", "order-appointment-missed", "order-appointment-deferred",
    };
}
