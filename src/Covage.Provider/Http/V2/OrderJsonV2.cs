using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Covage.Provider.Domain.Events;
using Covage.Provider.Domain.Orders;

namespace Covage.Provider.Http.V2;

/// <summary>
/// The v2 wire shape of an order, written straight to UTF-8. Bytes are cached per snapshot only once
/// the order is read (GET): the answer to a write is serialized without caching, so orders nobody
/// reads cost no cache memory.
/// </summary>
internal static class OrderJsonV2
{
    private static readonly SnapshotJson Shape = new(Write);

    /// <summary>The order's bytes, cached for the next read of the same snapshot.</summary>
    public static byte[] Bytes(Order order) => Shape.Bytes(order);

    /// <summary>The order's bytes, not cached (answers to writes).</summary>
    public static byte[] Serialize(Order order) => Shape.Serialize(order);

    /// <summary>Writes the order into a larger document (a list page), reusing cached bytes when there are some.</summary>
    public static void WriteItem(Utf8JsonWriter w, Order order)
    {
        if (Shape.TryGetCached(order, out var cached))
        {
            w.WriteRawValue(cached, skipInputValidation: true);
        }
        else
        {
            Write(w, order);
        }
    }

    public static void Write(Utf8JsonWriter w, Order o)
    {
        w.WriteStartObject();
        w.WriteString("uuid", o.Uuid);
        w.WriteString("reference", o.Reference);
        w.WriteString("status", o.Status.ToWire());
        w.WriteString("type", o.Type == OrderType.Activate ? "activate" : "terminate");
        if (o.ServiceRef is not null)
        {
            w.WriteString("service_ref", o.ServiceRef);
            w.WriteString("service_uuid", o.ServiceUuid);
        }

        w.WritePropertyName("product");
        WriteProduct(w, o.Product);
        Raw(w, "end_customer", o.EndCustomerJson);
        Raw(w, "operator_info", o.OperatorInfoJson);
        w.WriteStartArray("bounds");
        foreach (var bound in o.Bounds)
        {
            WriteBound(w, bound);
        }

        w.WriteEndArray();
        Raw(w, "options", o.OptionsJson);
        if (o.Comment is not null)
        {
            w.WriteString("comment", o.Comment);
        }

        Date(w, "creation_date", o.Dates.Creation);
        Date(w, "modification_date", o.Dates.Modification);
        Date(w, "updated_status_date", o.Dates.UpdatedStatus);
        Date(w, "submission_date", o.Dates.Submission);
        Date(w, "acknowledged_date", o.Dates.Acknowledged);
        Date(w, "processing_date", o.Dates.Processing);
        Date(w, "held_date", o.Dates.Held);
        Date(w, "completion_date", o.Dates.Completion);
        Date(w, "cancellation_date", o.Dates.Cancellation);
        Date(w, "rejection_date", o.Dates.Rejection);
        w.WriteStartObject("information");
        w.WriteEndObject();
        if (o.EligibilityRef is not null)
        {
            w.WriteString("eligibility_ref", o.EligibilityRef);
        }

        if (o.RequestType is not null)
        {
            w.WriteString("request_type", o.RequestType);
        }

        if (o.AllowSecondRdv is { } allow)
        {
            w.WriteBoolean("allow_second_rdv", allow);
        }

        if (o.AddressSecondRdv is not null)
        {
            w.WritePropertyName("address_second_rdv");
            o.AddressSecondRdv.WriteTo(w);
        }

        w.WriteEndObject();
    }

    public static void WriteProduct(Utf8JsonWriter w, Domain.Catalogue.Product p)
    {
        w.WriteStartObject();
        w.WriteString("uuid", p.Uuid);
        w.WriteString("code", p.Code);
        w.WriteString("name", p.Name);
        w.WriteString("description", p.Description);
        w.WriteStartObject("line");
        w.WriteString("uuid", p.Line.Uuid);
        w.WriteString("name", p.Line.Name);
        w.WriteString("code", p.Line.Code);
        w.WriteString("description", p.Line.Description);
        w.WriteStartObject("family");
        w.WriteString("uuid", p.Family.Uuid);
        w.WriteString("name", p.Family.Name);
        w.WriteString("code", p.Family.Code);
        w.WriteString("description", p.Family.Description);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void WriteBound(Utf8JsonWriter w, Bound bound)
    {
        w.WriteStartObject();
        w.WriteString("uuid", bound.Uuid);
        w.WriteStartArray("endpoints");
        foreach (var endpoint in bound.Endpoints)
        {
            WriteEndpoint(w, endpoint, full: true);
        }

        w.WriteEndArray();
        Node(w, "address", bound.Address);
        Node(w, "information", bound.Information);
        w.WriteEndObject();
    }

    public static void WriteEndpoint(Utf8JsonWriter w, Endpoint endpoint, bool full)
    {
        w.WriteStartObject();
        w.WriteString("uuid", endpoint.Uuid);
        if (endpoint.Reference is null)
        {
            w.WriteNull("reference");
        }
        else
        {
            w.WriteString("reference", endpoint.Reference);
        }

        if (full)
        {
            w.WriteString("type", endpoint.Type);
        }

        w.WriteBoolean("locked", endpoint.Locked);
        if (full && endpoint.Information is not null)
        {
            Node(w, "information", endpoint.Information);
        }

        w.WriteEndObject();
    }

    public static byte[] ToBytes(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WireJson.WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Raw(Utf8JsonWriter w, string name, byte[] json)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(json, skipInputValidation: true);
    }

    // Bound addresses and endpoint information are shared by every order made from one eligibility and
    // replaced, never changed, when an order changes them: their bytes are made once per object.
    private static readonly ConditionalWeakTable<JsonNode, byte[]> NodeBytes = [];

    private static void Node(Utf8JsonWriter w, string name, JsonNode node)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(NodeBytes.GetValue(node, n => ToBytes(writer => n.WriteTo(writer))), skipInputValidation: true);
    }

    private static void Date(Utf8JsonWriter w, string name, DateTimeOffset? date)
    {
        if (date is { } value)
        {
            EventData.Write(w, name, value);
        }
    }
}
