using System.Text.Json;

namespace Covage.Provider.Simulation.Traffic;

/// <summary>The wire form of a recorded call (snake_case, like the rest of the API).</summary>
internal static class TrafficJson
{
    public static void Write(Utf8JsonWriter w, TrafficEntry e)
    {
        var r = e.Request;
        w.WriteStartObject();
        w.WriteNumber("seq", e.Sequence);
        Domain.Events.EventData.Write(w, "at", e.At);
        w.WriteNumber("duration_ms", e.DurationMs);
        w.WriteString("operator_uuid", r.OperatorUuid);
        w.WriteString("user_email", r.UserEmail);
        w.WriteBoolean("console", r.FromConsole);
        w.WriteString("method", r.Method);
        w.WriteString("path", r.Path);
        w.WriteString("query", r.Query);
        w.WriteString("auth", r.Auth);
        w.WriteString("token_id", r.TokenId);
        w.WriteBoolean("token_valid", r.TokenValid);
        w.WriteString("request_content_type", r.ContentType);
        Body(w, "request_body", r.Body);
        w.WriteNumber("status", e.Status);
        w.WriteString("retry_after", e.RetryAfter);
        Body(w, "response_body", e.Response);
        w.WriteStartArray("rules");
        foreach (var rule in e.Rules)
        {
            w.WriteStringValue(rule);
        }

        w.WriteEndArray();
        w.WriteString("fault", e.Fault);
        if (e.DroppedStatus is { } dropped)
        {
            w.WriteNumber("dropped_status", dropped);
        }
        else
        {
            w.WriteNull("dropped_status");
        }

        w.WriteString("order_uuid", e.OrderUuid);
        w.WriteString("issued_token_id", e.IssuedTokenId);
        w.WriteEndObject();
    }

    private static void Body(Utf8JsonWriter w, string name, CapturedBody body)
    {
        body.WriteValue(w, name);
        w.WriteBoolean(name + "_truncated", body.Truncated);
    }
}
