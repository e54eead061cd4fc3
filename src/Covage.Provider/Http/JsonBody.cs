using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Covage.Provider.Http.Errors;
using Microsoft.AspNetCore.Http;

namespace Covage.Provider.Http;

/// <summary>
/// Reads a request body the way every endpoint needs it: JSON, an object, at most 1 MiB, nesting at
/// most 64 deep, every string real text within TXT-MAX-LENGTH. Anything else becomes the right error
/// in the envelope (415, 413, 400), never an exception.
/// </summary>
internal static class JsonBody
{
    public const int MaxBytes = 1024 * 1024;

    public const int MaxDepth = 64;

    public static async Task<(JsonObject? Body, ApiError? Error)> ReadObjectAsync(HttpRequest request, bool allowEmpty = false)
    {
        var contentType = request.ContentType;
        var length = request.ContentLength;
        if (length is 0 && allowEmpty)
        {
            return ([], null);
        }

        if (contentType is null || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            if (allowEmpty && length is null or 0 && contentType is null)
            {
                return ([], null);
            }

            return (null, new ApiError(StatusCodes.Status415UnsupportedMediaType, $"Unsupported media type \"{contentType ?? "(none)"}\": send application/json."));
        }

        if (length > MaxBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream(length is > 0 and <= MaxBytes ? (int)length.Value : 1024);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxBytes)
                {
                    return (null, TooLarge());
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        if (buffer.Length == 0)
        {
            return allowEmpty ? ([], null) : (null, ApiError.BadRequest("ERR-ENVELOPE", "body", "A JSON object is required."));
        }

        var json = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        try
        {
            // Bad text (not UTF-8, unpaired surrogates) and over-long fields are refused before any
            // handler reads a value: System.Text.Json would only throw when one is read.
            var problems = JsonText.Check(json, MaxDepth);
            if (problems.Count > 0)
            {
                return (null, ApiError.BadRequest(problems));
            }

            var node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = MaxDepth, AllowDuplicateProperties = false });
            Materialize(node);
            return node is JsonObject obj
                ? (obj, null)
                : (null, ApiError.BadRequest("ERR-ENVELOPE", "body", $"Expected a JSON object, got {Domain.Rules.Json.Describe(node)}."));
        }
        catch (JsonException e)
        {
            return (null, ApiError.BadRequest("ERR-ENVELOPE", "body", $"Malformed JSON: {e.Message}"));
        }
        catch (ArgumentException e)
        {
            return (null, ApiError.BadRequest("ERR-ENVELOPE", "body", $"Malformed JSON: {e.Message}"));
        }
    }

    /// <summary>JsonNode parses lazily; walk the tree now so a duplicate key fails here, not in a handler.</summary>
    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Materialize(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Materialize(child);
                }

                break;
            default:
                break;
        }
    }

    private static ApiError TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, $"Request body too large: at most {MaxBytes} bytes.");
}
