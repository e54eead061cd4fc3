using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;
using Xunit.Abstractions;

namespace Covage.Provider.Tests.Http.Robustness;

/// <summary>
/// The issue's done-criterion: thousands of malformed requests of every kind, on every endpoint, over
/// real HTTP: no 5xx, every 4xx in the error envelope, every poisoned write refused, and nothing changed.
/// </summary>
public sealed class MalformedCorpusTests(ProviderFixture provider, ITestOutputHelper output) : ProviderTest(provider)
{
    private const int Seed = 8;
    private const int Size = 3200;

    private protected override ProviderTransport Transport => ProviderTransport.Loopback;

    [Fact]
    public void Generate_SameSeed_SameCorpus()
    {
        var ids = new CorpusIds("t", "k", "d", "s", "f", "b", "a", "e", "v", "o", "IMB/1");

        var first = MalformedCorpus.Generate(Seed, Size, ids);
        var second = MalformedCorpus.Generate(Seed, Size, ids);

        Assert.Equal(first.Select(Fingerprint), second.Select(Fingerprint));
        // Every poison and every endpoint appear.
        Assert.Equal(Enum.GetValues<Poison>().Length, first.Select(r => r.Poison).Distinct().Count());
        Assert.Equal(CorpusEndpoints.All(ids).Count, first.Select(r => r.Endpoint.Name).Distinct().Count());
    }

    [Fact]
    public async Task Corpus_EveryEndpoint_No5xxEveryRefusalInTheEnvelopeNothingChanged()
    {
        var ids = await PrepareAsync();
        var corpus = MalformedCorpus.Generate(Seed, Size, ids);
        var before = await StateSnapshot.TakeAsync(Api);
        using var http = new HttpClient(new SocketsHttpHandler
        {
            // Header values are sent as UTF-8 bytes, so that non-ASCII credentials reach the provider.
            RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
        })
        { BaseAddress = Api.Http.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        var problems = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        await Parallel.ForEachAsync(corpus, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (request, ct) =>
        {
            var (status, body, contentType) = await SendAsync(http, request, ct);
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (Problem(request, status, body, contentType) is { } problem)
            {
                problems.Add($"{request} → {status} {(body.Length > 200 ? body[..200] : body)}: {problem}");
            }
        });
        var after = await StateSnapshot.TakeAsync(Api);

        output.WriteLine($"{corpus.Count} requests; statuses: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        output.WriteLine($"poisons: {string.Join(", ", corpus.GroupBy(r => r.Poison).Select(g => $"{g.Key}×{g.Count()}"))}");
        Assert.True(problems.IsEmpty, $"{problems.Count} of {corpus.Count} answers were wrong:\n{string.Join("\n", problems.OrderBy(p => p, StringComparer.Ordinal).Take(25))}");
        before.AssertUnchanged(after);
    }

    /// <summary>What is wrong with one answer, or null.</summary>
    private static string? Problem(CorpusRequest request, int status, string body, string? contentType)
    {
        if (status >= 500)
        {
            return "a 5xx answer to a client's mistake";
        }

        if (request.Endpoint.Writes && status < 400)
        {
            return "a poisoned write was not refused";
        }

        if (status < 400 || request.Method == "HEAD")
        {
            // A HEAD answer never has a body to hold the envelope.
            return null;
        }

        if (contentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            return $"a {status} that is not JSON ({contentType ?? "no content type"})";
        }

        try
        {
            var envelope = JsonNode.Parse(body)!.AsObject();
            var id = envelope["apirequest_uuid"]?.GetValue<string>() ?? "";
            return id.StartsWith("KOSC_", StringComparison.Ordinal) && envelope["error"]?.GetValue<string>() is { Length: > 0 } && envelope.ContainsKey("details")
                ? null
                : "a 4xx outside the error envelope";
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return $"a 4xx whose body is not JSON: {e.Message}";
        }
    }

    private static async Task<(int Status, string Body, string? ContentType)> SendAsync(HttpClient http, CorpusRequest request, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path);
        foreach (var (name, value) in request.Headers)
        {
            if (name == "Host")
            {
                message.Headers.Host = value;
            }
            else
            {
                Assert.True(message.Headers.TryAddWithoutValidation(name, value), $"{request}: the client would not send {name}");
            }
        }

        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
            {
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
            }
        }

        using var response = await http.SendAsync(message, ct);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(ct), response.Content.Headers.ContentType?.ToString());
    }

    /// <summary>Real orders in several states, so that refusals are also tried deep in the handlers.</summary>
    private async Task<CorpusIds> PrepareAsync()
    {
        var token = await Api.TokenAsync("delivery@alpha.example");
        var draft = await Api.CreateAsync();
        var submitted = await Api.SubmittedAsync();
        var fiberCreate = await Api.CreateAsync("fiber", "create", "FP01");
        var defined = await Api.CreateAsync("fiber", "activate_defined", "FP01");
        var events = await Api.CallAsync(HttpMethod.Get, $"/api/events/?object_uuid={submitted["uuid"]}");
        return new CorpusIds(
            token,
            TestProvider.Key,
            draft["uuid"]!.GetValue<string>(),
            submitted["uuid"]!.GetValue<string>(),
            fiberCreate["uuid"]!.GetValue<string>(),
            fiberCreate["bounds"]![0]!["uuid"]!.GetValue<string>(),
            defined["uuid"]!.GetValue<string>(),
            defined["bounds"]![0]!["endpoints"]![0]!["uuid"]!.GetValue<string>(),
            events.Json[0]!["event_uuid"]!.GetValue<string>(),
            Api.Operator(0)["operator_uuid"]!.GetValue<string>(),
            Api.Fixtures["buildings"]![0]!["building_ref"]!.GetValue<string>());
    }

    private static string Fingerprint(CorpusRequest request) =>
        $"{request} {string.Join(";", request.Headers)} {request.ContentType} {Convert.ToHexString(request.Body ?? [])}";
}
