using System.Text.Json.Nodes;
using Covage.Provider.Domain.Accounts;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Orders;

namespace Covage.Provider.Simulation;

/// <summary>
/// What a provider-state setup answers: the values it created or relies on, flat, so a pact can inject
/// them with provider-state generators (<c>${order_uuid}</c>, <c>${bound_uuid}</c>...).
/// </summary>
internal static class ProviderStateValues
{
    /// <summary>An order's uuid and references, its first bound and endpoint, its latest event, its service.</summary>
    public static JsonObject Of(World world, Order order)
    {
        var values = new JsonObject
        {
            ["order_uuid"] = order.Uuid,
            ["reference"] = order.Reference,
            ["status"] = order.Status.ToWire(),
        };
        Add(values, "order_ref", order.OperatorOrderRef);
        Add(values, "contact_uuid", Domain.Rules.Json.String(order.OperatorInfo["contact_uuid"]));
        var bound = order.Bounds.Count > 0 ? order.Bounds[0] : null;
        Add(values, "bound_uuid", bound?.Uuid);
        Add(values, "endpoint_uuid", bound is { Endpoints.Count: > 0 } ? bound.Endpoints[0].Uuid : null);
        var events = world.State.Events.ForObject(order.Uuid);
        Add(values, "event_uuid", events.Count > 0 ? events[^1].Uuid : null);
        Add(values, "service_uuid", order.ServiceUuid);
        Add(values, "service_ref", order.ServiceRef);
        return values;
    }

    /// <summary>The operator's eligibility for each technology and request type, and its first contact.</summary>
    public static JsonObject Eligibilities(World world, User user)
    {
        var values = new JsonObject();
        foreach (var eligibility in world.State.Eligibilities.Values.Where(e => e.OperatorUuid == user.OperatorUuid))
        {
            var technology = eligibility.Technology == Technology.Fiber ? "fiber" : "copper";
            var key = $"eligibility_{technology}_{eligibility.RequestType}";
            if (!values.ContainsKey(key))
            {
                values[key] = eligibility.Ref;
            }
        }

        values["contact_uuid"] = world.State.Operators[user.OperatorUuid].Contacts[0];
        return values;
    }

    private static void Add(JsonObject values, string name, string? value)
    {
        if (value is not null)
        {
            values[name] = value;
        }
    }
}
