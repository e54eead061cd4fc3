using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Covage.ClientUnderTest;

/// <summary>
/// HTTP with the manners certify-client expects: a 429 or 503 waits its Retry-After, other 5xx and
/// dropped connections back off (1, 2, 4 s). Waiting means moving the sandbox's virtual clock, which
/// is what the certification measures, so the tests never sleep. A hasty client retries at once.
/// </summary>
internal sealed class SandboxApi(Uri baseAddress, string simulatorKey, bool hasty) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress };

    public string? Token { get; set; }

    /// <summary>Sends the console's header on every call, with a value of the client's own.</summary>
    public void PoseAsConsole() => _http.DefaultRequestHeaders.Add("X-Covage-Console", "1");

    /// <summary>Sends, retrying 429 and 5xx answers; <paramref name="retryDropped"/> also retries a lost connection (a create must not).</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, JsonNode? body = null, bool retry = true, bool retryDropped = true)
    {
        var wait = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(Request(method, path, body));
            }
            catch (HttpRequestException) when (retry && retryDropped && attempt < 4)
            {
                await WaitAsync(wait);
                wait *= 2;
                continue;
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync();
                var status = response.StatusCode;
                if (retry && attempt < 4 && (status == HttpStatusCode.TooManyRequests || (int)status >= 500))
                {
                    var retryAfter = response.Headers.RetryAfter?.Delta;
                    await WaitAsync(retryAfter ?? wait);
                    wait *= 2;
                    continue;
                }

                return (status, text.Length == 0 ? null : JsonNode.Parse(text));
            }
        }
    }

    public async Task WaitAsync(TimeSpan wait)
    {
        if (hasty)
        {
            return;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "_simulator/clock/advance/")
        {
            Content = new StringContent($"{{\"seconds\":{wait.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Simulator-Key", simulatorKey);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => _http.Dispose();

    private HttpRequestMessage Request(HttpMethod method, string path, JsonNode? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return request;
    }
}
