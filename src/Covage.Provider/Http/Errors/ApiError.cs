using System.Text.Json;
using Covage.Provider.Domain.Outcomes;
using Microsoft.AspNetCore.Http;

namespace Covage.Provider.Http.Errors;

/// <summary>
/// ERR-ENVELOPE: every error answers <c>{"apirequest_uuid":"KOSC_…","error":"…","details":[{"field","errors"}]|null}</c>,
/// the way Covage does, never RFC 7807 problem details.
/// </summary>
internal sealed class ApiError(int status, string message, IReadOnlyList<Violation>? details = null, TimeSpan? retryAfter = null, string? rule = null) : IResult
{
    /// <summary>Where <see cref="ExecuteAsync"/> leaves the rules it cited, for the traffic recorder.</summary>
    public const string CitedRulesItem = "covage.cited-rules";

    public int Status => status;

    /// <summary>
    /// The rules this refusal cites: its violations' IDs, else the rule it was built with; a refusal
    /// without either is about the request's form (unknown id or route, method, media type, size).
    /// </summary>
    public IReadOnlyList<string> Rules => details is { Count: > 0 }
        ? [.. details.Select(d => d.RuleId).Distinct(StringComparer.Ordinal)]
        : [rule ?? (status == StatusCodes.Status401Unauthorized ? "AUTH-HEADER" : "ERR-ENVELOPE")];

    public static ApiError BadRequest(IReadOnlyList<Violation> details) => new(StatusCodes.Status400BadRequest, "Invalid input", details);

    public static ApiError BadRequest(string ruleId, string field, string message) => BadRequest([new(ruleId, field, message)]);

    public static ApiError NotFound() => new(StatusCodes.Status404NotFound, "Not found.");

    public static ApiError Unauthorized(string message, string rule = "AUTH-HEADER") => new(StatusCodes.Status401Unauthorized, message, rule: rule);

    public static ApiError From(Refusal failure) => failure.Kind switch
    {
        RefusalKind.Invalid => BadRequest(failure.Violations),
        RefusalKind.Conflict => new(StatusCodes.Status409Conflict, "The order's status does not allow this action.", failure.Violations),
        RefusalKind.Forbidden => new(StatusCodes.Status403Forbidden, failure.Violations.Count > 0 ? failure.Violations[0].Message : "You do not have permission to perform this action."),
        RefusalKind.Throttled => new(StatusCodes.Status429TooManyRequests,
            $"Request was throttled. Expected available in {Math.Ceiling(failure.RetryAfter!.Value.TotalSeconds)} seconds.", failure.Violations, failure.RetryAfter),
        _ => NotFound(),
    };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        // The error itself: the traffic recorder reads its rules only when it records.
        httpContext.Items[CitedRulesItem] = this;
        if (retryAfter is { } wait)
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await response.Body.WriteAsync(Serialize());
    }

    public byte[] Serialize()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WireJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("apirequest_uuid", $"KOSC_{Guid.NewGuid():D}");
            writer.WriteString("error", message);
            var fields = details?.Where(d => d.Field.Length > 0 || status == StatusCodes.Status409Conflict).ToList();
            if (fields is { Count: > 0 })
            {
                writer.WriteStartArray("details");
                foreach (var group in fields.GroupBy(d => d.Field))
                {
                    writer.WriteStartObject();
                    writer.WriteString("field", group.Key);
                    writer.WriteStartArray("errors");
                    foreach (var violation in group)
                    {
                        // The one place a rule ID and its words meet: "RULE-ID: message".
                        writer.WriteStringValue($"{violation.RuleId}: {violation.Message}");
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }
            else
            {
                writer.WriteNull("details");
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}
