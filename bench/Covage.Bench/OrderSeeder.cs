using System.Net.Http.Headers;
using System.Text;

namespace Covage.Bench;

/// <summary>
/// Fills the store through the public API, many requests at once. References are unique per day
/// (five digits), so the virtual clock moves a day every <see cref="PerDay"/> orders.
/// </summary>
internal static class OrderSeeder
{
    public const int PerDay = 90_000;

    public static async Task<string> SeedAsync(ProviderSession session, int count, int connections, string prefix)
    {
        using var client = LoadGenerator.NewClient(session.BaseAddress, connections);
        string? anyUuid = null;
        for (var start = 0; start < count; start += PerDay)
        {
            if (start > 0)
            {
                await session.AdvanceClockAsync(TimeSpan.FromDays(1));
                await session.LoginAsync();
            }

            var end = Math.Min(count, start + PerDay);
            var next = (long)start - 1;
            var auth = new AuthenticationHeaderValue("Bearer", session.Token);
            var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
            {
                string? uuid = null;
                for (var i = Interlocked.Increment(ref next); i < end; i = Interlocked.Increment(ref next))
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v2/orders/")
                    {
                        Content = new StringContent(session.DraftBody(i, $"{prefix}-{i}"), Encoding.UTF8),
                    };
                    request.Content.Headers.ContentType = ProviderSession.JsonType;
                    request.Headers.Authorization = auth;
                    using var response = await client.SendAsync(request);
                    var text = await response.Content.ReadAsStringAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new InvalidOperationException($"seeding order {i}: {(int)response.StatusCode} {text}");
                    }

                    uuid ??= System.Text.Json.Nodes.JsonNode.Parse(text)!["uuid"]!.GetValue<string>();
                }

                return uuid;
            }));
            var seeded = await Task.WhenAll(workers);
            anyUuid ??= seeded.FirstOrDefault(u => u is not null);
        }

        return anyUuid ?? throw new InvalidOperationException("no order was seeded");
    }
}
