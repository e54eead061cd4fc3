using System.Text.Json.Nodes;
using Covage.Conformance.Http;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Drivers;

/// <summary>The account token endpoints, and the tokens a scenario obtained.</summary>
internal sealed class AuthDriver(ApiClient api, ScenarioState state)
{
    public string? Access { get; private set; }

    public string? Refresh { get; private set; }

    public async Task<ApiExchange> LoginAsync(string email, string password, bool deliberatelyInvalid = false)
    {
        var exchange = await Send("/api/v2/account/token/", new JsonObject { ["email"] = email, ["password"] = password }, deliberatelyInvalid);
        if (exchange.Status == 200)
        {
            Access = exchange.Json?["access"]?.GetValue<string>();
            Refresh = exchange.Json?["refresh"]?.GetValue<string>();
        }

        return exchange;
    }

    public async Task<ApiExchange> RefreshAsync(string refresh)
    {
        var exchange = await Send("/api/v2/account/token/refresh/", new JsonObject { ["refresh"] = refresh });
        if (exchange.Status == 200 && exchange.Json?["access"] is JsonValue access)
        {
            Access = access.GetValue<string>();
        }

        return exchange;
    }

    public Task<ApiExchange> VerifyAsync(string token) => Send("/api/v2/account/token/verify/", new JsonObject { ["token"] = token });

    public async Task<ApiExchange> CallWithAuthorizationAsync(string path, string? authorization)
    {
        var request = authorization is null
            ? new ApiRequest(HttpMethod.Get, path) { Actor = Actor.Anonymous }
            : new ApiRequest(HttpMethod.Get, path) { AuthorizationHeader = authorization };
        var exchange = await api.SendAsync(request);
        state.Last = exchange;
        return exchange;
    }

    private async Task<ApiExchange> Send(string path, JsonObject body, bool deliberatelyInvalid = false)
    {
        var exchange = await api.SendAsync(new ApiRequest(HttpMethod.Post, path) { Body = body, Actor = Actor.Anonymous, DeliberatelyInvalid = deliberatelyInvalid });
        state.Last = exchange;
        return exchange;
    }
}
