using System.Text.Json.Nodes;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// EVT-DATA: each event type carries the data 003 describes. The control API fills the defaults
/// (<see cref="Events.EventData"/>) and refuses data the pages rule out: a fibre appointment has no end
/// date (003: <c>end_date</c> "null on fiber").
/// </summary>
internal static class EvtData
{
    public const string Id = "EVT-DATA";

    public static Refusal? Check(Order order, string type, JsonObject? data) =>
        type == "order-appointment-agreed" && order.Product.Technology == Technology.Fiber && data?["end_date"] is not null
            ? Refusal.Invalid(Id, "data.end_date", "A fibre appointment has no end date: send null or leave it out.")
            : null;
}
