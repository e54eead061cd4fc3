using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Covage.Conformance.Running;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Http;

/// <summary>The control API (<c>/_simulator/</c>), when the target has one: plays Covage's side.</summary>
internal sealed class SimulatorClient(TargetContext target, ScenarioLog log)
{
    public const string Missing = "the target has no simulator control API (run with --simulator-key)";

    public bool Available => target.HasSimulator;

    public Task<(int Status, JsonNode? Body)> TransitionAsync(string orderUuid, string to, string? eventType = null, JsonObject? data = null)
    {
        var body = new JsonObject { ["to"] = to };
        if (eventType is not null)
        {
            body["event"] = eventType;
        }

        if (data is not null)
        {
            body["data"] = data;
        }

        return PostAsync($"_simulator/orders/{orderUuid}/transitions/", body);
    }

    public Task<(int Status, JsonNode? Body)> InjectEventAsync(string orderUuid, string type, JsonObject? data = null, DateTimeOffset? eventDate = null)
    {
        var body = new JsonObject { ["type"] = type };
        if (data is not null)
        {
            body["data"] = data;
        }

        if (eventDate is { } date)
        {
            body["event_date"] = date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        }

        return PostAsync($"_simulator/orders/{orderUuid}/events/", body);
    }

    public Task<(int Status, JsonNode? Body)> AdvanceClockAsync(int seconds) =>
        PostAsync("_simulator/clock/advance/", new JsonObject { ["seconds"] = seconds });

    public async Task<FixtureService> CreateServiceAsync(string operatorUuid, string productCode)
    {
        var (status, body) = await PostAsync("_simulator/services/", new JsonObject { ["operator_uuid"] = operatorUuid, ["product_code"] = productCode });
        if (status != 200 || body is null)
        {
            throw new ConformanceException("SIMULATOR", $"the control API could not create a {productCode} service: {status}");
        }

        return new FixtureService(body["uuid"]!.GetValue<string>(), body["ref"]!.GetValue<string>(), productCode);
    }

    private async Task<(int Status, JsonNode? Body)> PostAsync(string path, JsonObject body)
    {
        if (!Available)
        {
            throw new NotApplicableException(Missing);
        }

        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(target.BaseAddress, path));
        message.Headers.Add("X-Simulator-Key", target.SimulatorKey);
        message.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await target.Http.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        log.Attach("control", "text/plain", $"POST /{path} {body.ToJsonString()}\n→ {(int)response.StatusCode} {(text.Length > 2000 ? text[..2000] : text)}");
        JsonNode? json = null;
        try
        {
            json = text.Length > 0 ? JsonNode.Parse(text) : null;
        }
        catch (System.Text.Json.JsonException)
        {
        }

        return ((int)response.StatusCode, json);
    }
}
