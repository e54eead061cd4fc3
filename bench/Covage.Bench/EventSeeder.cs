namespace Covage.Bench;

/// <summary>Gives the events feed something to page through: orders submitted, then driven by the control API.</summary>
internal static class EventSeeder
{
    private static readonly string[] Path = ["acknowledged", "running"];

    public static async Task<int> SeedAsync(ProviderSession session, int orders, int parallelism)
    {
        var next = -1;
        var workers = Enumerable.Range(0, parallelism).Select(_ => Task.Run(async () =>
        {
            var events = 0;
            for (var i = Interlocked.Increment(ref next); i < orders; i = Interlocked.Increment(ref next))
            {
                var order = await session.SendAsync(HttpMethod.Post, "/api/v2/orders/", session.DraftBody(i, $"EVENTS-{i}"));
                var uuid = order["uuid"]!.GetValue<string>();
                await session.SendAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", "{\"status\":\"submitted\"}");
                foreach (var to in Path)
                {
                    await session.ControlAsync($"/_simulator/orders/{uuid}/transitions/", $"{{\"to\":\"{to}\"}}");
                }

                events += 3;
            }

            return events;
        }));
        return (await Task.WhenAll(workers)).Sum();
    }
}
