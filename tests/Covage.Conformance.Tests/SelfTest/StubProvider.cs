using System.Net;
using System.Text;

namespace Covage.Conformance.Tests.SelfTest;

/// <summary>A provider in a box: answers every request with what the test says, and keeps the requests it got.</summary>
internal sealed class StubProvider(Func<HttpRequestMessage, string, (int Status, string Body)> answer) : HttpMessageHandler
{
    public List<(string Method, string PathAndQuery, string? Authorization, string Body)> Received { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Received)
        {
            Received.Add((request.Method.Method, request.RequestUri!.PathAndQuery, request.Headers.Authorization?.ToString(), body));
        }

        var (status, text) = answer(request, body);
        return new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(text, Encoding.UTF8, "application/json") };
    }
}
