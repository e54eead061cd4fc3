using System.Text.Json.Nodes;

namespace Covage.Conformance.SelfTest.Interception;

/// <summary>One intercepted call: the request, the mutant's run, and the way on to the provider.</summary>
internal sealed class Intercepted(Call call, MutantContext context, Func<Call, Task<Reply>> upstream)
{
    public Call Call { get; } = call;

    public MutantContext Context { get; } = context;

    public TrafficMemory Memory => Context.Memory;

    /// <summary>The order the call names, as the provider last showed it (a copy), or null.</summary>
    public JsonObject? Order => Memory.Order(Call.OrderUuid());

    /// <summary>Sends the call unchanged.</summary>
    public Task<Reply> ForwardAsync() => upstream(Call);

    /// <summary>Sends another call (a changed copy, or an extra call of the mutant's own).</summary>
    public Task<Reply> SendAsync(Call other) => upstream(other);

    /// <summary>A call to the control API with the target's key.</summary>
    public Task<Reply> ControlAsync(string path, JsonNode body) =>
        upstream(new Call("POST", path, "", new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["X-Simulator-Key"] = Context.SimulatorKey },
            body.ToJsonString(), "application/json"));

    /// <summary>Reads an order through v2 with the authorization given (the call's own by default).</summary>
    public async Task<JsonObject?> ReadOrderAsync(string uuid, string? authorization = null)
    {
        var read = Call.Sibling("GET", $"/api/v2/orders/{uuid}/").WithHeader("Authorization", authorization ?? Call.Authorization);
        var reply = await upstream(read);
        return reply.Ok ? reply.Json() as JsonObject : null;
    }

    public void Fired() => Context.Fired();
}
