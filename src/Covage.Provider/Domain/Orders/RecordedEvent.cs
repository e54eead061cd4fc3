using System.Text.Json.Nodes;

namespace Covage.Provider.Domain.Orders;

/// <summary>An event an operation records; it joins the feed when the change is committed.</summary>
internal sealed record RecordedEvent(string Type, string ObjectType, string ObjectUuid, JsonNode? Data, DateTimeOffset? EventDate = null)
{
    public static RecordedEvent OfOrder(Order order, string type, JsonNode? data, DateTimeOffset? eventDate = null) =>
        new(type, "order", order.Uuid, data, eventDate);

    public static RecordedEvent OfService(Service service, string type) => new(type, "service", service.Uuid, null);
}
