using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Covage.Provider.Simulation.Traffic;

/// <summary>Which order a recorded call was about, so the traffic view can filter by order.</summary>
internal static partial class TrafficOrders
{
    public static string? UuidInPath(string path) => OrderPath().Match(path) is { Success: true } m ? m.Groups[1].Value : null;

    public static string? OrderOf(TrafficRequest request, int status, CapturedBody response)
    {
        if (UuidInPath(request.Path) is { } inPath)
        {
            return inPath;
        }

        if (request.Method == HttpMethods.Post && status == StatusCodes.Status200OK && CreatePath().IsMatch(request.Path))
        {
            return Uuid(response);
        }

        if (request.Query.Length == 0)
        {
            return null;
        }

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.Query);
        return query.TryGetValue("object_uuid", out var value) && value.Count > 0 ? value[0] : null;
    }

    private static string? Uuid(CapturedBody response)
    {
        using var doc = response.TryParse();
        try
        {
            return doc is not null && doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("uuid", out var uuid)
                && uuid.ValueKind == JsonValueKind.String ? uuid.GetString() : null;
        }
        catch (InvalidOperationException)
        {
            // A uuid that is not text: not an order the recorder can name.
            return null;
        }
    }

    [GeneratedRegex("^/api/(?:v2/)?orders/([0-9a-fA-F-]{36})(?:/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex OrderPath();

    [GeneratedRegex("^/api/(?:v2/)?orders/?$", RegexOptions.CultureInvariant)]
    private static partial Regex CreatePath();
}
