using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Covage.Conformance.Tests.Mutants;

/// <summary>A wrong behaviour, written as a rewrite of the exchanges between the kit and a correct provider.</summary>
internal sealed record Mutant(string Name, Func<HttpRequestMessage, Func<HttpRequestMessage, Task<HttpResponseMessage>>, Task<HttpResponseMessage>> Rewrite)
{
    public override string ToString() => Name;

    /// <summary>Rewrites the JSON body of the answers to matching requests (the status and headers stay).</summary>
    public static Mutant Answer(string name, Func<Call, bool> when, Func<Call, JsonNode?, JsonNode?> edit) => new(name, async (request, send) =>
    {
        var call = await Call.ReadAsync(request);
        var response = await send(request);
        if (!when(call))
        {
            return response;
        }

        var text = await response.Content.ReadAsStringAsync();
        var edited = edit(call, text.Length == 0 ? null : JsonNode.Parse(text));
        return Replace(response, (int)response.StatusCode, edited?.ToJsonString() ?? "");
    });

    /// <summary>Rewrites the status and JSON body of the answers to matching requests (headers stay).</summary>
    public static Mutant Reply(string name, Func<Call, bool> when, Func<Call, int, JsonNode?, (int Status, JsonNode? Body)> edit) => new(name, async (request, send) =>
    {
        var call = await Call.ReadAsync(request);
        var response = await send(request);
        if (!when(call))
        {
            return response;
        }

        var text = await response.Content.ReadAsStringAsync();
        var (status, body) = edit(call, (int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
        return Replace(response, status, body?.ToJsonString() ?? "");
    });

    /// <summary>Answers matching requests itself, without asking the provider.</summary>
    public static Mutant Instead(string name, Func<Call, bool> when, Func<Call, (int Status, string Body)> answer) => new(name, async (request, send) =>
    {
        var call = await Call.ReadAsync(request);
        if (!when(call))
        {
            return await send(request);
        }

        var (status, body) = answer(call);
        return new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json"), RequestMessage = request };
    });

    /// <summary>Changes the JSON body of matching requests before the provider sees them.</summary>
    public static Mutant Request(string name, Func<Call, bool> when, Func<Call, JsonNode?, JsonNode?> edit) => new(name, async (request, send) =>
    {
        var call = await Call.ReadAsync(request);
        if (when(call) && request.Content is not null)
        {
            var edited = edit(call, call.Body.Length == 0 ? null : JsonNode.Parse(call.Body));
            var type = request.Content.Headers.ContentType;
            request.Content = new StringContent(edited?.ToJsonString() ?? "", Encoding.UTF8);
            request.Content.Headers.ContentType = type;
        }

        return await send(request);
    });

    /// <summary>Several wrong behaviours at once, applied in turn (the first wraps the others).</summary>
    public static Mutant All(string name, params Mutant[] mutants) => new(name, (request, send) =>
    {
        Func<HttpRequestMessage, Task<HttpResponseMessage>> chain = send;
        foreach (var mutant in mutants.Reverse())
        {
            var next = chain;
            chain = r => mutant.Rewrite(r, next);
        }

        return chain(request);
    });

    private static HttpResponseMessage Replace(HttpResponseMessage original, int status, string body)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json"), RequestMessage = original.RequestMessage };
        foreach (var (name, values) in original.Headers)
        {
            response.Headers.TryAddWithoutValidation(name, values);
        }

        original.Dispose();
        return response;
    }
}
