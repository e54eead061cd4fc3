using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Covage.Conformance.Drivers;
using Covage.Conformance.Running;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Http;

/// <summary>
/// The scenario's HTTP driver: logs each actor in once, sends, records the exchange for the reports,
/// and checks the request and the response against their schemas; a schema violation fails the step.
/// Every call carries the step's cancellation token, so the step timeout stops it.
/// </summary>
internal sealed class ApiClient(TargetContext target, ScenarioLog log, StepDeadline deadline)
{
    private readonly Dictionary<Actor, string> _tokens = [];

    public ApiExchange? Last { get; private set; }

    public async Task<ApiExchange> SendAsync(ApiRequest request)
    {
        var authorization = request.AuthorizationHeader ?? (request.Actor == Actor.Anonymous ? null : "Bearer " + await TokenAsync(request.Actor));
        var cancellationToken = deadline.Token;
        var body = request.RawBody ?? request.Body?.ToJsonString() ?? "";
        var violations = new List<string>();
        if (!request.DeliberatelyInvalid && request.RawBody is null && request.Body is not null
            && target.Schemas.RequestSchemaFor(request.Method.Method, request.Path) is { } requestSchema)
        {
            violations.AddRange(target.Schemas.Validate(requestSchema, body).Select(v => "request " + v));
        }

        using var message = new HttpRequestMessage(request.Method, new Uri(target.BaseAddress, request.Path.TrimStart('/')));
        if (authorization is not null)
        {
            message.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        foreach (var (name, value) in request.Headers ?? new Dictionary<string, string>())
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.RawBody is not null || request.Body is not null)
        {
            message.Content = new StringContent(body, Encoding.UTF8);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
        }

        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        string text;
        try
        {
            response = await target.Http.SendAsync(message, cancellationToken);
            text = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new ConformanceException("TARGET", $"{request.Method} {request.Path} did not get an answer: {e.Message}");
        }
        catch (OperationCanceledException) when (deadline.Expired(cancellationToken))
        {
            throw deadline.TimedOut($"{request.Method} {request.Path}");
        }

        using (response)
        {
            var headers = response.Headers.Concat(response.Content.Headers)
                .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value)), StringComparer.OrdinalIgnoreCase);
            var exchange = new ApiExchange(request, body, (int)response.StatusCode, headers, text, Stopwatch.GetElapsedTime(started));
            Last = exchange;
            Record(exchange, authorization);
            var responseSchema = target.Schemas.ResponseSchemaFor(request.Method.Method, request.Path, exchange.Status);
            if (responseSchema is null)
            {
                violations.Add($"response: no schema documents status {exchange.Status} for {request.Method} {request.Path}");
            }
            else if (text.Length == 0)
            {
                violations.Add($"response: empty body where {responseSchema} expects JSON");
            }
            else
            {
                violations.AddRange(target.Schemas.Validate(responseSchema, text).Select(v => "response " + v));
            }

            if (violations.Count > 0)
            {
                // The first line carries the first violation itself; every one follows.
                var more = violations.Count > 1 ? $" (and {violations.Count - 1} more)" : "";
                throw new ConformanceException("SCHEMA",
                    $"{request.Method} {request.Path}: the payload breaks its schema: {Failures.Short(violations[0], 200)}{more}{Environment.NewLine}"
                    + string.Join(Environment.NewLine, violations.Select(v => "    - " + v)), exchange);
            }

            return exchange;
        }
    }

    public Task<ApiExchange> GetAsync(string path, Actor actor = Actor.Primary) => SendAsync(new ApiRequest(HttpMethod.Get, path) { Actor = actor });

    public Task<ApiExchange> PostAsync(string path, JsonNode body, Actor actor = Actor.Primary) => SendAsync(new ApiRequest(HttpMethod.Post, path) { Body = body, Actor = actor });

    public Task<ApiExchange> PatchAsync(string path, JsonNode body, Actor actor = Actor.Primary) => SendAsync(new ApiRequest(HttpMethod.Patch, path) { Body = body, Actor = actor });

    public async Task<string> TokenAsync(Actor actor)
    {
        if (_tokens.TryGetValue(actor, out var cached))
        {
            return cached;
        }

        if (actor == Actor.Primary && target.FixedToken is { } fixedToken)
        {
            return _tokens[actor] = fixedToken;
        }

        var user = target.UserFor(actor)
            ?? throw new NotApplicableException($"the fixtures name no user for the {actor} role (see README, fixtures document)");
        var login = await SendAsync(new ApiRequest(HttpMethod.Post, "/api/v2/account/token/")
        {
            Actor = Actor.Anonymous,
            Body = new JsonObject { ["email"] = user.User.Email, ["password"] = user.User.Password },
        });
        if (login.Status != 200 || login.Json?["access"] is null)
        {
            throw new ConformanceException("AUTH-TOKEN", $"could not log in as {user.User.Email} ({actor}): expected 200 with an access token, got {login.Status}", login);
        }

        return _tokens[actor] = login.Json["access"]!.GetValue<string>();
    }

    private void Record(ApiExchange exchange, string? authorization)
    {
        var request = new StringBuilder();
        request.Append(exchange.Request.Method).Append(' ').Append(exchange.Request.Path).AppendLine();
        if (authorization is not null)
        {
            request.Append("Authorization: ").Append(SecretMask.Authorization(authorization)).AppendLine();
        }

        foreach (var (name, value) in exchange.Request.Headers ?? new Dictionary<string, string>())
        {
            var secret = name.Equals("X-Simulator-Key", StringComparison.OrdinalIgnoreCase) || name.Equals("Authorization", StringComparison.OrdinalIgnoreCase);
            request.Append(name).Append(": ").Append(secret ? SecretMask.Authorization(value) : value).AppendLine();
        }

        if (exchange.RequestBody.Length > 0)
        {
            request.Append("Content-Type: ").Append(exchange.Request.ContentType).AppendLine().AppendLine().Append(Pretty(SecretMask.Body(exchange.RequestBody)));
        }

        log.Attach("request", "text/plain", request.ToString());
        var response = new StringBuilder();
        response.Append(exchange.Status).AppendLine();
        foreach (var (name, value) in exchange.Headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            response.Append(name).Append(": ").Append(value).AppendLine();
        }

        response.AppendLine().Append(Pretty(SecretMask.Body(exchange.Body)));
        log.Attach("response", "text/plain", response.ToString());
    }

    private static string Pretty(string json)
    {
        try
        {
            var text = JsonNode.Parse(json)?.ToJsonString(Reports.ReportJson.Indented) ?? json;
            return text.Length > 8000 ? text[..8000] + "\n… (cut)" : text;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            // Not JSON, or JSON holding a string that is not text (sent on purpose): shown as it is.
            return json.Length > 8000 ? json[..8000] : json;
        }
    }
}
