using System.Globalization;
using System.Text.Json.Nodes;
using Covage.Conformance.Http;

namespace Covage.Conformance.Drivers;

/// <summary>Covage's side of an order through the control API: status moves, provider events, the clock.</summary>
internal sealed class LifecycleDriver(SimulatorClient simulator, ScenarioState state)
{
    /// <summary>One move; <paramref name="remember"/> makes the answer the order's baseline (setup steps only, so "has changed" compares with the state before the action).</summary>
    public async Task<ControlAnswer> MoveAsync(TrackedOrder order, string to, string? eventType = null, JsonObject? data = null, bool remember = false)
    {
        var (status, body) = await simulator.TransitionAsync(order.Uuid, to, eventType, data);
        var answer = new ControlAnswer($"move {order.Name} to {to}{(eventType is null ? "" : " with " + eventType)}", status, body);
        state.LastControl = answer;
        if (remember && status == 200 && body is JsonObject changed && changed["uuid"] is not null)
        {
            order.Remember(changed);
        }

        return answer;
    }

    /// <summary>Setup: moves through each status in turn; any refusal fails the scenario.</summary>
    public async Task MoveThroughAsync(TrackedOrder order, IEnumerable<string> statuses)
    {
        foreach (var to in statuses)
        {
            var answer = await MoveAsync(order, to, remember: true);
            if (answer.Status != 200)
            {
                throw Failures.Control(state.RuleId, $"setup: the control API refused to move {order.Name} to {to}", "200", answer);
            }
        }
    }

    public async Task<ControlAnswer> SendEventAsync(TrackedOrder order, string type, JsonObject? data = null, DateTimeOffset? eventDate = null)
    {
        var (status, body) = await simulator.InjectEventAsync(order.Uuid, type, data, eventDate);
        var answer = new ControlAnswer($"send {type} to {order.Name}{(eventDate is null ? "" : " dated " + eventDate.Value.ToString("O", CultureInfo.InvariantCulture))}", status, body);
        state.LastControl = answer;
        return answer;
    }

    public async Task<DateTimeOffset> AdvanceClockAsync(int seconds)
    {
        var (status, body) = await simulator.AdvanceClockAsync(seconds);
        var answer = new ControlAnswer($"advance the clock {seconds} s", status, body);
        if (status != 200 || body?["now"] is not JsonValue now || !DateTimeOffset.TryParse(now.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            throw Failures.Control("SIMULATOR", "the control API could not advance the clock", "200 {\"now\": ...}", answer);
        }

        return parsed;
    }
}
