using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Covage.Provider.Http;

/// <summary>
/// A 200 JSON array (a list page, an events page) written into the response as the client reads it:
/// every <see cref="ChunkBytes"/> the writer waits for the transport to take the bytes, so a client
/// that reads slowly holds about one transport buffer of the page in server memory, not the whole
/// page (up to 1000 orders, about 1.5 MB). The page is chosen before the first byte is written, so
/// nothing can fail half-way through the body.
/// </summary>
internal sealed class StreamedJson<T>(IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeItem) : IResult
{
    /// <summary>How much is serialized before waiting for the client; below Kestrel's 64 KiB response buffer.</summary>
    public const int ChunkBytes = 16 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        var body = response.BodyWriter;
        try
        {
            await using (var writer = new Utf8JsonWriter(body, WireJson.WriterOptions))
            {
                writer.WriteStartArray();
                long flushed = 0;
                foreach (var item in items)
                {
                    writeItem(writer, item);
                    // BytesPending alone never grows past one buffer segment: the writer hands each
                    // full segment to the pipe itself. Count everything written since the last flush.
                    var written = writer.BytesCommitted + writer.BytesPending;
                    if (written - flushed >= ChunkBytes)
                    {
                        writer.Flush();
                        flushed = written;
                        // Back-pressure: this await lasts as long as the client leaves the transport's buffer full.
                        var result = await body.FlushAsync(httpContext.RequestAborted);
                        if (result.IsCompleted || result.IsCanceled)
                        {
                            return;
                        }
                    }
                }

                writer.WriteEndArray();
            }

            await body.FlushAsync(httpContext.RequestAborted);
        }
        catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody is left to answer.
        }
    }
}
