using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Covage.Provider.Http;

/// <summary>
/// A 200 JSON answer written straight into the response pipe: large pages (a list of 100 orders is
/// about 150 KB) never become one big array, which would land on the large-object heap and cost
/// full garbage collections under load.
/// </summary>
internal sealed class StreamedJson(Action<Utf8JsonWriter> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, WireJson.WriterOptions))
        {
            write(writer);
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
