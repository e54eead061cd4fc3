using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Covage.Provider.Simulation.Traffic;

/// <summary>Keeps passwords and tokens out of the traffic log: the token calls' bodies are masked.</summary>
internal static class TrafficSecrets
{
    public const string Masked = "***";

    private static readonly string[] SecretKeys = ["password", "access", "refresh", "token"];

    public static bool IsTokenPath(PathString path) => path.StartsWithSegments("/api/v2/account/token");

    public static string? Email(string? json)
    {
        try
        {
            return Parse(json) is JsonObject body && body["email"] is JsonValue value && value.TryGetValue<string>(out var email) ? email : null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // A key twice, or not text (a lone surrogate escape): the endpoint refuses it; the recorder only does not know who sent it.
            return null;
        }
    }

    /// <summary>The body with every secret replaced; a body that is not a JSON object is not shown at all.</summary>
    public static CapturedBody Mask(CapturedBody body)
    {
        if (body.Text is null)
        {
            return body;
        }

        var hidden = new CapturedBody("(not a JSON object the sandbox could read: not shown, it may hold a password)", false);
        if (Parse(body.Text) is not JsonObject json)
        {
            return hidden;
        }

        try
        {
            foreach (var key in SecretKeys)
            {
                if (json.ContainsKey(key) && json[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
                {
                    json[key] = Masked;
                }
            }

            return new CapturedBody(json.ToJsonString(new JsonSerializerOptions { Encoder = WireJson.WriterOptions.Encoder }), body.Truncated);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return hidden;
        }
    }

    /// <summary>The access token a successful log-in or refresh answered with, if any.</summary>
    public static string? IssuedAccess(string? responseJson) =>
        Parse(responseJson) is JsonObject body && body["access"] is JsonValue value && value.TryGetValue<string>(out var access) ? access : null;

    private static JsonNode? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            // Malformed, a key given twice, or not text: the endpoint answers it; the recorder must never fail a call.
            return null;
        }
    }
}
