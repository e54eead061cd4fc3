using Covage.Provider.Domain.Orders;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// EVT-MATRIX and EVT-FIBER-SET: which order events each kind of order may receive. The copper
/// columns are the kit's reading of the published table whose marks were lost; change them here.
/// The pages give an event set for Fiber Pro (family F) only; the kit applies the same set to fibre
/// enterprise (family E) orders, its reading. A fiber terminate order gets the events both the
/// terminate column and the fiber set allow.
/// </summary>
internal static class EventMatrix
{
    public const string MatrixRuleId = "EVT-MATRIX";
    public const string FiberRuleId = "EVT-FIBER-SET";

    private static readonly HashSet<string> AllColumns =
        ["order-submitted", "order-dropped", "order-acknowledged", "order-running", "order-rejected", "order-completed"];

    private static readonly HashSet<string> LineBuildingOnly =
    [
        "order-localloop-saturation", "order-localloop-desaturation-planned", "order-network-saturation",
        "order-network-desaturation-planned", "order-requalified", "order-appointment-confirmed",
        "order-appointment-declined", "order-appointment-missed", "order-appointment-agreed",
    ];

    private static readonly HashSet<string> CopperActivateOnly =
        ["order-sensibleaccess", "order-sensibleaccess-orderconfirmed", "order-delayed", "order-delayed-orderconfirmed"];

    private static readonly HashSet<string> BothActivations = ["order-information-from-provider", "order-cancelled", "order-info"];

    /// <summary>Order events the copper table does not list: neither required nor forbidden on copper orders.</summary>
    private static readonly HashSet<string> OutsideCopperTable =
    [
        "order-appointment-deferred", "order-on-site-intervention-succeeded", "order-on-site-intervention-failed",
        "order-localloop-desaturation-quote-emitted", "order-localloop-desaturation-quote-accepted",
    ];

    private static readonly HashSet<string> FiberSet =
    [
        "order-submitted", "order-acknowledged", "order-running", "order-rejected", "order-cancelled",
        "order-appointment-agreed", "order-info", "order-completed", "order-on-site-intervention-succeeded",
        "order-on-site-intervention-failed", "order-appointment-missed", "order-appointment-deferred",
    ];

    public static IReadOnlyCollection<string> KnownOrderEvents { get; } =
        [.. AllColumns, .. LineBuildingOnly, .. CopperActivateOnly, .. BothActivations, .. OutsideCopperTable, .. FiberSet];

    public static bool IsKnownOrderEvent(string type) => KnownOrderEvents.Contains(type);

    /// <summary>The rule that forbids <paramref name="type"/> on an order of <paramref name="kind"/>, or null when allowed.</summary>
    public static string? RuleForbidding(OrderKind kind, string type) => kind switch
    {
        OrderKind.Fiber => FiberSet.Contains(type) ? null : FiberRuleId,
        OrderKind.FiberTerminate => FiberSet.Contains(type) && AllColumns.Contains(type) ? null : FiberRuleId,
        OrderKind.Terminate => AllColumns.Contains(type) ? null : MatrixRuleId,
        OrderKind.CopperLineBuilding => AllColumns.Contains(type) || LineBuildingOnly.Contains(type) || BothActivations.Contains(type)
            || OutsideCopperTable.Contains(type) ? null : MatrixRuleId,
        OrderKind.CopperActivate => AllColumns.Contains(type) || CopperActivateOnly.Contains(type) || BothActivations.Contains(type)
            || OutsideCopperTable.Contains(type) ? null : MatrixRuleId,
        _ => MatrixRuleId,
    };
}
