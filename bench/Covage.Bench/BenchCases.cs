using System.Net;
using System.Net.Http.Headers;

namespace Covage.Bench;

/// <summary>The requests each measured case sends.</summary>
internal static class BenchCases
{
    public const string ListQuery = "/api/v2/orders/?type=activate&product_family=F&sort=-reference&limit=100";

    /// <summary>The same selection with a tenth of the payload: separates finding the page from shipping it.</summary>
    public const string SmallListQuery = "/api/v2/orders/?type=activate&product_family=F&sort=-reference&limit=10";

    public static LoadGenerator.Send Get(string path) => async (client, _, ct) =>
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, ct);
        await DrainAsync(response, ct);
        return response.StatusCode == HttpStatusCode.OK;
    };

    /// <summary>
    /// Reads an answer through a pooled buffer: a list page (about 180 KB) read whole into one array
    /// would land on the large-object heap and charge the client's full collections to the provider's p99.
    /// </summary>
    public static async Task DrainAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(ct);
            while (await body.ReadAsync(buffer, ct) > 0)
            {
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static LoadGenerator.Send Create(ProviderSession session, string prefix)
    {
        long next = 0;
        return async (client, _, ct) =>
        {
            var i = Interlocked.Increment(ref next);
            using var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(session.DraftBody(i, $"{prefix}-{i}")));
            content.Headers.ContentType = ProviderSession.JsonType;
            using var response = await client.PostAsync("/api/v2/orders/", content, ct);
            await response.Content.LoadIntoBufferAsync(ct);
            return response.StatusCode == HttpStatusCode.OK;
        };
    }

    /// <summary>Each worker follows its own cursor through the feed, and starts over at the end.</summary>
    public static LoadGenerator.Send FeedPages(int workers)
    {
        var cursors = new string?[workers];
        return async (client, worker, ct) =>
        {
            var cursor = cursors[worker];
            var path = cursor is null ? "/api/events/?sort=creation_date&limit=100" : $"/api/events/?sort=creation_date&limit=100&after={Uri.EscapeDataString(cursor)}";
            using var response = await client.GetAsync(path, ct);
            var page = await response.Content.ReadAsByteArrayAsync(ct);
            cursors[worker] = FeedCursor.Last(page);
            return response.StatusCode == HttpStatusCode.OK;
        };
    }

    public static Action<HttpClient> Authorized(ProviderSession session) =>
        client => client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
}
