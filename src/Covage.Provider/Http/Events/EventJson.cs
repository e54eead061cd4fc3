using System.Text.Json;
using Covage.Provider.Domain.Events;

namespace Covage.Provider.Http.Events;

/// <summary>EVT-FIELDS: the wire shape of an event; list items add <c>sort_value</c>.</summary>
internal static class EventJson
{
    public static void Write(Utf8JsonWriter w, ProviderEvent e, string? sortValue)
    {
        w.WriteStartObject();
        w.WriteString("model", "event");
        w.WriteString("event_uuid", e.Uuid);
        w.WriteString("type", e.Type);
        w.WriteString("object_type", e.ObjectType);
        w.WriteString("object_uuid", e.ObjectUuid);
        EventData.Write(w, "creation_date", e.CreationDate);
        EventData.Write(w, "modification_date", e.CreationDate);
        EventData.Write(w, "event_date", e.EventDate);
        if (sortValue is not null)
        {
            w.WriteString("sort_value", sortValue);
        }

        w.WritePropertyName("data");
        if (e.Data is null)
        {
            w.WriteNullValue();
        }
        else
        {
            e.Data.WriteTo(w);
        }

        w.WriteEndObject();
    }
}
