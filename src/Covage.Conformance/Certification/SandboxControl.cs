using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Covage.Conformance.Cli;

namespace Covage.Conformance.Certification;

/// <summary>The certification's calls to the sandbox's control API: faults in, recorded traffic out.</summary>
internal sealed class SandboxControl(HttpClient http, string key, TimeProvider time)
{
    private const int Page = 1000;

    /// <summary>Puts the fault schedule in force; a fault the sandbox refuses is a usage error naming it.</summary>
    public async Task ApplyFaultsAsync(JsonArray faults, CancellationToken ct)
    {
        using var request = Control(HttpMethod.Post, "_simulator/faults/");
        request.Content = new StringContent(new JsonObject { ["faults"] = faults.DeepClone() }.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            var said = RefusalWords.Parse(await response.Content.ReadAsStringAsync(ct))?["details"]?[0];
            var detail = said is null ? "" : $": {said["field"]}: {said["errors"]?[0]}";
            throw new UsageException($"the sandbox refused the fault schedule ({(int)response.StatusCode}){detail}");
        }
    }

    /// <summary>
    /// Every call a client made, once the calls still being served are recorded; how many calls the
    /// sandbox's own web console made (marked with the sandbox's secret, set aside, never judged); and how
    /// many of the first calls the sandbox no longer keeps (its log holds the last 10,000).
    /// </summary>
    public async Task<(IReadOnlyList<RecordedCall> Calls, int ConsoleCalls, long Forgotten)> ReadTrafficAsync(CancellationToken ct)
    {
        await SettleAsync(ct);
        var calls = new List<RecordedCall>();
        var console = 0;
        long after = 0;
        long? first = null;
        while (true)
        {
            var page = await GetAsync(after, Page, ct);
            var entries = page["entries"]!.AsArray();
            first ??= entries.Count > 0 ? entries[0]!["seq"]!.GetValue<long>() : null;
            foreach (var call in entries.Select(e => RecordedCall.FromJson(e!)))
            {
                if (call.FromConsole)
                {
                    console++;
                }
                else
                {
                    calls.Add(call);
                }
            }

            if (entries.Count < Page)
            {
                break;
            }

            after = entries[^1]!["seq"]!.GetValue<long>();
        }

        // A fresh sandbox numbers calls from 1: a first kept call above 1 means older ones were let go.
        return ([.. calls.OrderBy(c => c.At).ThenBy(c => c.Sequence)], console, first is { } seq ? seq - 1 : 0);
    }

    /// <summary>A call answered a moment ago may still be on its way into the log: wait (briefly) until none is.</summary>
    private async Task SettleAsync(CancellationToken ct)
    {
        for (var i = 0; i < 200; i++)
        {
            var page = await GetAsync(long.MaxValue - 1, 1, ct);
            if (page["in_flight"]!.GetValue<int>() == 0)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), time, ct);
        }
    }

    private async Task<JsonNode> GetAsync(long after, int limit, CancellationToken ct)
    {
        using var request = Control(HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"_simulator/traffic/?after={after}&limit={limit}"));
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!;
    }

    private HttpRequestMessage Control(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Simulator-Key", key);
        return request;
    }
}
