namespace Covage.Provider.Domain.Orders;

/// <summary>The column of the events-by-order-type table an order belongs to (EVT-MATRIX, EVT-FIBER-SET).</summary>
internal enum OrderKind
{
    CopperActivate,
    CopperLineBuilding,
    Terminate,
    FiberTerminate,
    Fiber,

    /// <summary>An ENNI order: Covage's, outside every column of the table; it receives status events only.</summary>
    Enni,
}
