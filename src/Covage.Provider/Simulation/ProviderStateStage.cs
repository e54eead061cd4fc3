namespace Covage.Provider.Simulation;

/// <summary>How far an order provider state takes its order.</summary>
internal enum ProviderStateStage
{
    /// <summary>A draft with only what creation needs (no end customer, no order_ref or order_name).</summary>
    Bare,

    /// <summary>A draft with everything a submission needs: end customer, order_ref, order_name, contact.</summary>
    Complete,

    /// <summary>A complete order, submitted.</summary>
    Submitted,

    /// <summary>A submitted order whose info message was just sent (the next one is throttled).</summary>
    InfoSent,

    /// <summary>A submitted then acknowledged order.</summary>
    Acknowledged,
}
