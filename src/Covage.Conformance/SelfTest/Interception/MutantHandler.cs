using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Covage.Conformance.SelfTest.Interception;

/// <summary>
/// Sits in the target's HttpClient between the kit and the provider and lets a mutant rewrite what
/// goes through; the provider itself stays the clean reference. Every real exchange teaches the
/// mutant's memory, and what the mutant made up earlier is applied to later answers.
/// </summary>
internal sealed class MutantHandler(Rewrite rewrite, MutantContext context, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var origin = new Uri(request.RequestUri!.GetLeftPart(UriPartial.Authority));
        var call = await ReadAsync(request, cancellationToken);
        async Task<Reply> Upstream(Call next)
        {
            using var message = ToRequest(next, origin);
            using var response = await base.SendAsync(message, cancellationToken);
            var reply = await ReadAsync(response, cancellationToken);
            context.Memory.Observe(next, reply);
            return reply;
        }

        // An order the mutant pretends is gone reads as gone from the next call on, not in the answer to the call that removed it.
        var goneBefore = context.Memory.IsGone(call.OrderUuid());
        var intercepted = new Intercepted(call, context, Upstream);
        Reply? rewritten;
        try
        {
            rewritten = await rewrite(intercepted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of the mutant, not of the provider: noted, and the call goes through as it was.
            context.Broke(e);
            rewritten = null;
        }

        var reply = rewritten ?? await intercepted.ForwardAsync();
        return ToResponse(Overlay.Apply(call, reply, context.Memory, goneBefore), request);
    }

    private static async Task<Call> ReadAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(ct);
        var uri = request.RequestUri!;
        return new Call(request.Method.Method, uri.AbsolutePath, uri.Query.TrimStart('?'), headers, body, request.Content?.Headers.ContentType?.ToString());
    }

    private static async Task<Reply> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var headers = response.Headers.Concat(response.Content.Headers)
            .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value)), StringComparer.OrdinalIgnoreCase);
        return new Reply((int)response.StatusCode, headers, await response.Content.ReadAsStringAsync(ct));
    }

    private static HttpRequestMessage ToRequest(Call call, Uri origin)
    {
        var message = new HttpRequestMessage(new HttpMethod(call.Method), new Uri(origin, call.Path + (call.Query.Length > 0 ? "?" + call.Query : "")));
        foreach (var (name, value) in call.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (call.Body is not null)
        {
            message.Content = new StringContent(call.Body, Encoding.UTF8);
            message.Content.Headers.ContentType = call.ContentType is { } type ? MediaTypeHeaderValue.Parse(type) : null;
        }

        return message;
    }

    private static HttpResponseMessage ToResponse(Reply reply, HttpRequestMessage request)
    {
        var response = new HttpResponseMessage((HttpStatusCode)reply.Status) { RequestMessage = request, Content = new StringContent(reply.Body, Encoding.UTF8) };
        response.Content.Headers.ContentType = null;
        foreach (var (name, value) in reply.Headers)
        {
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) || name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return response;
    }
}
