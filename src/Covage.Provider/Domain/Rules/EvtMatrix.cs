using Covage.Provider.Domain.Orders;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// EVT-MATRIX: which order events each kind of copper or terminate order may receive. The columns are
/// the kit's reading of the published table whose marks were lost; change them here. Fibre orders
/// follow <see cref="EvtFiberSet"/>; a fibre terminate order gets the events both the terminate column
/// and the fibre set allow. An ENNI order is in no column (it is not a copper activation): it receives
/// the status events of its own lifecycle only, the kit's reading.
/// </summary>
internal static class EvtMatrix
{
    public const string Id = "EVT-MATRIX";

    /// <summary>The rows with a mark in every column: the status events plus order-dropped.</summary>
    public static readonly IReadOnlySet<string> AllColumns = Set(
        "order-submitted", "order-dropped", "order-acknowledged", "order-running", "order-rejected", "order-completed");

    private static readonly HashSet<string> LineBuildingOnly = Set(
        "order-localloop-saturation", "order-localloop-desaturation-planned", "order-network-saturation",
        "order-network-desaturation-planned", "order-requalified", "order-appointment-confirmed",
        "order-appointment-declined", "order-appointment-missed", "order-appointment-agreed");

    private static readonly HashSet<string> CopperActivateOnly = Set(
        "order-sensibleaccess", "order-sensibleaccess-orderconfirmed", "order-delayed", "order-delayed-orderconfirmed");

    private static readonly HashSet<string> BothActivations = Set("order-information-from-provider", "order-cancelled", "order-info");

    /// <summary>Order events the copper table does not list: neither required nor forbidden on copper orders.</summary>
    private static readonly HashSet<string> OutsideCopperTable = Set(
        "order-appointment-deferred", "order-on-site-intervention-succeeded", "order-on-site-intervention-failed",
        "order-localloop-desaturation-quote-emitted", "order-localloop-desaturation-quote-accepted");

    /// <summary>Every order event type the pages name (EVT-TYPES).</summary>
    public static IReadOnlyList<string> KnownOrderEvents { get; } =
        [.. AllColumns.Concat(LineBuildingOnly).Concat(CopperActivateOnly).Concat(BothActivations).Concat(OutsideCopperTable).Concat(EvtFiberSet.Events).Distinct()];

    public static bool IsKnownOrderEvent(string type) => KnownOrderEvents.Contains(type);

    /// <summary>The rule that forbids <paramref name="type"/> on an order of <paramref name="kind"/>, or null when allowed.</summary>
    public static string? RuleForbidding(OrderKind kind, string type) => kind switch
    {
        OrderKind.Fiber => EvtFiberSet.Events.Contains(type) ? null : EvtFiberSet.Id,
        OrderKind.FiberTerminate => EvtFiberSet.Events.Contains(type) && AllColumns.Contains(type) ? null : EvtFiberSet.Id,
        OrderKind.Terminate => AllColumns.Contains(type) ? null : Id,
        OrderKind.Enni => EvtStatusConsistent.IsStatusEvent(type) ? null : Id,
        OrderKind.CopperLineBuilding => AllColumns.Contains(type) || LineBuildingOnly.Contains(type) || BothActivations.Contains(type)
            || OutsideCopperTable.Contains(type) ? null : Id,
        OrderKind.CopperActivate => AllColumns.Contains(type) || CopperActivateOnly.Contains(type) || BothActivations.Contains(type)
            || OutsideCopperTable.Contains(type) ? null : Id,
        _ => Id,
    };

    /// <summary>Every order event an order of <paramref name="kind"/> may receive.</summary>
    public static IReadOnlyList<string> Allowed(OrderKind kind) => [.. KnownOrderEvents.Where(type => RuleForbidding(kind, type) is null)];

    private static HashSet<string> Set(params string[] types) => new(types, StringComparer.Ordinal);
}
