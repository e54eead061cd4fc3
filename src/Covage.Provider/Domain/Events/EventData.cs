using System.Globalization;
using System.Text.Json.Nodes;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Orders;

namespace Covage.Provider.Domain.Events;

/// <summary>EVT-DATA: the data each event type carries, with the caller's values over sensible defaults.</summary>
internal static class EventData
{
    public static JsonNode? For(string type, Order order, JsonObject? given)
    {
        JsonObject? defaults = type switch
        {
            "order-submitted" => new() { ["kosc_order_ref"] = order.Reference },
            "order-rejected" => new()
            {
                ["reject_reason"] = "ar_ko",
                ["reject_code"] = "CDE_ANNUL",
                ["reject_subcode"] = "CLI003",
                ["reject_description"] = null,
            },
            "order-cancelled" => new() { ["reason"] = "cancelled at the operator's request" },
            "order-completed" => new()
            {
                ["endpoints"] = new JsonArray([.. order.Bounds.SelectMany(b => b.Endpoints).Select(e => (JsonNode)new JsonObject
                {
                    ["uuid"] = e.Uuid,
                    ["reference"] = e.Reference,
                    ["type"] = e.Type,
                })]),
                ["service_uuid"] = order.ServiceUuid,
                ["service_alias"] = order.ServiceRef,
            },
            "order-appointment-agreed" => new()
            {
                ["start_date"] = Format(order.Dates.Modification.AddDays(3)),
                ["end_date"] = order.Product.Technology == Technology.Fiber ? null : Format(order.Dates.Modification.AddDays(3).AddHours(2)),
            },
            "order-localloop-desaturation-planned" => new() { ["desaturation_type"] = "LL_FREE_DESAT" },
            "order-info" => new() { ["message"] = "Information from Covage" },
            "order-information-from-provider" => new()
            {
                ["message"] = "The order is awaiting the activation status report (OK or NOK)",
                ["description"] = "Activation Status Report",
            },
            "order-on-site-intervention-succeeded" or "order-on-site-intervention-failed" or "order-appointment-deferred"
                => new() { ["message"] = "Message from the provider" },
            _ => null,
        };
        if (defaults is null)
        {
            return null;
        }

        if (given is not null && type != "order-submitted" && type != "order-completed")
        {
            foreach (var (key, value) in given)
            {
                if (defaults.ContainsKey(key))
                {
                    defaults[key] = value?.DeepClone();
                }
            }
        }

        return defaults;
    }

    private const string WireFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static string Format(DateTimeOffset date) => date.UtcDateTime.ToString(WireFormat, CultureInfo.InvariantCulture);

    /// <summary>Writes a date property in the wire format without making a string of it (every order and event has several).</summary>
    public static void Write(System.Text.Json.Utf8JsonWriter writer, string name, DateTimeOffset date)
    {
        Span<char> text = stackalloc char[32];
        var written = date.UtcDateTime.TryFormat(text, out var length, WireFormat, CultureInfo.InvariantCulture);
        if (written)
        {
            writer.WriteString(name, text[..length]);
        }
        else
        {
            writer.WriteString(name, Format(date));
        }
    }
}
