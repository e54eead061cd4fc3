using System.Text.Json;
using System.Text.Json.Nodes;
using Covage.Provider.Domain.Events;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Rules;
using Covage.Provider.Http.V2;

namespace Covage.Provider.Http.V1;

/// <summary>The v1 wire shape of an order (see <see cref="OrderFieldMapV1"/>), cached per snapshot like v2's.</summary>
internal static class OrderJsonV1
{
    private static readonly SnapshotJson Shape = new(Write);

    public static byte[] Bytes(Order order) => Shape.Bytes(order);

    public static void Write(Utf8JsonWriter w, Order o)
    {
        var extras = o.Extras ?? [];
        w.WriteStartObject();
        w.WriteString("model", "order");
        w.WriteString("order_uuid", o.Uuid);
        w.WriteString("alias", o.Reference);
        w.WriteString("operator_uuid", o.OperatorUuid);
        OptionalText(w, "operator_order_ref", o.OperatorInfo["order_ref"]);
        OptionalText(w, "operator_order_name", o.OperatorInfo["order_name"]);
        w.WriteString("type", o.Type == OrderType.Activate ? "activate" : "terminate");
        w.WritePropertyName("product");
        OrderJsonV2.WriteProduct(w, o.Product);
        if (o.ServiceRef is not null)
        {
            w.WriteString("service_uuid", o.ServiceUuid);
            w.WriteString("service_alias", o.ServiceRef);
        }

        OptionalText(w, "batch_alias", extras[OrderFieldMapV1.BatchAlias]);
        w.WriteString("status", o.Status.ToWire());
        Date(w, "creation_date", o.Dates.Creation);
        Date(w, "modification_date", o.Dates.Modification);
        Date(w, "submission_date", o.Dates.Submission);
        Date(w, "acknowledged_date", o.Dates.Acknowledged);
        Date(w, "processing_date", o.Dates.Processing);
        Date(w, "held_date", o.Dates.Held);
        Date(w, "completion_date", o.Dates.Completion);
        Date(w, "cancellation_date", o.Dates.Cancellation);
        Date(w, "rejection_date", o.Dates.Rejection);
        w.WriteString("origin", o.Origin);
        w.WritePropertyName("owner");
        OrderFieldMapV1.Owner(o.EndCustomer).WriteTo(w);
        WriteContacts(w, o);
        if (o.RequestType is not null)
        {
            w.WriteString("activation_type", o.RequestType);
        }

        OptionalObject(w, "activation_info", extras[OrderFieldMapV1.ActivationInfo]);
        if (o.EligibilityRef is not null)
        {
            w.WriteString("eligibility_ref", o.EligibilityRef);
        }

        WriteEndpoints(w, o);
        OptionalObject(w, "enni", extras[OrderFieldMapV1.Enni]);
        OptionalObject(w, "pop", extras[OrderFieldMapV1.Pop]);
        w.WritePropertyName("options");
        o.Options.WriteTo(w);
        if (o.Comment is not null)
        {
            w.WriteString("comment", o.Comment);
        }

        w.WriteEndObject();
    }

    private static void WriteContacts(Utf8JsonWriter w, Order o)
    {
        w.WriteStartObject("contacts");
        if (Json.String(o.OperatorInfo["contact_uuid"]) is { } contact)
        {
            w.WriteStartObject("operator");
            w.WriteString("contact_uuid", contact);
            w.WriteEndObject();
        }

        if (o.EndCustomer["contact"] is JsonObject owner)
        {
            w.WritePropertyName("owner");
            owner.WriteTo(w);
        }

        w.WriteEndObject();
    }

    // Line-building orders (create*) have no endpoints yet: v1 shows the eligibility's endpoint as
    // reference_endpoint (CRT-ENDPOINTS-V1). Endpoints without a reference yet (a fiber OTP still to
    // be chosen) have nothing to show in v1.
    private static void WriteEndpoints(Utf8JsonWriter w, Order o)
    {
        if (o.Bounds.Count > 0)
        {
            w.WritePropertyName("address");
            o.Bounds[0].Address.WriteTo(w);
        }

        var endpoints = o.Bounds.SelectMany(b => b.Endpoints).Where(e => e.Reference is not null).ToList();
        var lineBuilding = o.Kind == OrderKind.CopperLineBuilding;
        w.WriteStartArray("endpoints");
        if (!lineBuilding)
        {
            foreach (var endpoint in endpoints)
            {
                WriteEndpoint(w, endpoint);
            }
        }

        w.WriteEndArray();
        if (lineBuilding && endpoints.Count > 0)
        {
            w.WritePropertyName("reference_endpoint");
            WriteEndpoint(w, endpoints[0]);
        }
    }

    private static void WriteEndpoint(Utf8JsonWriter w, Endpoint endpoint)
    {
        w.WriteStartObject();
        w.WriteString("endpoint_ref_type", endpoint.Type);
        w.WriteString("endpoint_ref", endpoint.Reference);
        w.WriteEndObject();
    }

    private static void OptionalText(Utf8JsonWriter w, string name, JsonNode? node)
    {
        if (Json.String(node) is { } text)
        {
            w.WriteString(name, text);
        }
    }

    private static void OptionalObject(Utf8JsonWriter w, string name, JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            w.WritePropertyName(name);
            obj.WriteTo(w);
        }
    }

    private static void Date(Utf8JsonWriter w, string name, DateTimeOffset? date)
    {
        if (date is { } value)
        {
            EventData.Write(w, name, value);
        }
    }
}
