using System.Text.Json;
using System.Text.Json.Nodes;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Http;
using Covage.Provider.Http.Errors;
using Covage.Provider.Http.V2;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Covage.Provider.Simulation.Faults;

/// <summary>
/// Control API for faults, under the simulator key: <c>POST /_simulator/faults/</c> (one fault, or
/// <c>{"faults": [...]}</c>), <c>GET</c> (with counters), <c>DELETE</c> (all) and <c>DELETE …/{id}/</c>.
/// </summary>
internal static class FaultsApi
{
    public static RouteGroupBuilder MapFaultsApi(this RouteGroupBuilder group)
    {
        group.MapPost("/faults/", Add);
        group.MapGet("/faults/", List);
        group.MapDelete("/faults/", Clear);
        group.MapDelete("/faults/{id:int}/", Remove);
        return group;
    }

    private static async Task<IResult> Add(HttpRequest request, Sandbox sandbox)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(request);
        if (error is not null)
        {
            return error;
        }

        var items = body!["faults"] is JsonArray array ? [.. array.Select((f, i) => (f, $"faults[{i}]."))] : new List<(JsonNode?, string)> { (body, "") };
        var specs = new List<FaultSpec>();
        var violations = new List<Violation>();
        foreach (var (node, at) in items)
        {
            var parsed = FaultRequest.Parse(node, at, sandbox.Current.State.Operators.ContainsKey);
            if (parsed.TryGetValue(out var spec))
            {
                specs.Add(spec);
            }
            else if (parsed.TryGetRefusal(out var refusal))
            {
                violations.AddRange(refusal.Violations);
            }
        }

        if (violations.Count > 0)
        {
            return ApiError.BadRequest(violations);
        }

        var added = specs.Select(sandbox.Faults.Add).ToList();
        return Write(added);
    }

    private static IResult List(Sandbox sandbox) => Write(sandbox.Faults.All);

    private static IResult Clear(Sandbox sandbox)
    {
        sandbox.Faults.Clear();
        return Write([]);
    }

    private static IResult Remove(int id, Sandbox sandbox) =>
        sandbox.Faults.Remove(id) ? Write(sandbox.Faults.All) : ApiError.NotFound();

    private static IResult Write(IReadOnlyList<Fault> faults) => Results.Bytes(OrderJsonV2.ToBytes(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("faults");
        foreach (var fault in faults)
        {
            WriteFault(w, fault);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }), "application/json");

    private static void WriteFault(Utf8JsonWriter w, Fault fault)
    {
        var spec = fault.Spec;
        w.WriteStartObject();
        w.WriteNumber("id", fault.Id);
        w.WriteString("kind", spec.Kind.ToString().ToLowerInvariant());
        w.WriteString("operator_uuid", spec.OperatorUuid);
        w.WriteString("route", spec.Route?.Text);
        if (spec.Kind == FaultKind.Latency)
        {
            w.WriteNumber("latency_ms", spec.Latency.TotalMilliseconds);
        }

        if (spec.RetryAfterSeconds is { } retry)
        {
            w.WriteNumber("retry_after", retry);
        }

        if (spec.Kind == FaultKind.Drop)
        {
            w.WriteBoolean("processed", spec.Processed);
        }

        WriteOptional(w, "count", spec.Count);
        if (spec.Fraction is { } fraction)
        {
            w.WriteNumber("fraction", fraction);
        }

        w.WriteNumber("matched", fault.Seen);
        w.WriteNumber("applied", fault.Applied);
        w.WriteBoolean("exhausted", fault.Exhausted);
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }
}
