using System.Text.Json;
using Covage.Provider.Domain.Accounts;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;
using Covage.Provider.Http.Errors;
using Covage.Provider.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Covage.Provider.Http.Auth;

/// <summary>AUTH-TOKEN: log in, refresh, verify.</summary>
internal static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v2/account/token");
        group.MapPost("/", Login);
        group.MapPost("/refresh/", RefreshToken);
        group.MapPost("/verify/", Verify);
        return group;
    }

    private static async Task<IResult> Login(HttpRequest request, Sandbox sandbox)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(request);
        if (error is not null)
        {
            return error;
        }

        var email = Json.String(body!["email"]);
        var password = Json.String(body["password"]);
        var missing = new List<Violation>();
        if (email is null)
        {
            missing.Add(new("AUTH-TOKEN", "email", "This field is required."));
        }

        if (password is null)
        {
            missing.Add(new("AUTH-TOKEN", "password", "This field is required."));
        }

        if (missing.Count > 0)
        {
            return ApiError.BadRequest(missing);
        }

        var world = sandbox.Current;
        if (!world.State.Users.TryGetValue(email!, out var user) || user.Password != password)
        {
            return ApiError.Unauthorized("No active account found with the given credentials.", "AUTH-TOKEN");
        }

        var grant = world.Tokens.Login(user);
        return Results.Bytes(V2.OrderJsonV2.ToBytes(w => WriteGrant(w, grant)), "application/json");
    }

    private static async Task<IResult> RefreshToken(HttpRequest request, Sandbox sandbox)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(request);
        if (error is not null)
        {
            return error;
        }

        if (Json.String(body!["refresh"]) is not { } refresh)
        {
            return ApiError.BadRequest("AUTH-TOKEN", "refresh", "This field is required.");
        }

        var access = sandbox.Current.Tokens.Refresh(refresh);
        return access is null
            ? ApiError.Unauthorized("Token is invalid or expired.", "AUTH-TOKEN")
            : Results.Bytes(V2.OrderJsonV2.ToBytes(w =>
            {
                w.WriteStartObject();
                w.WriteString("access", access);
                w.WriteString("token", access);
                w.WriteEndObject();
            }), "application/json");
    }

    private static async Task<IResult> Verify(HttpRequest request, Sandbox sandbox)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(request);
        if (error is not null)
        {
            return error;
        }

        if (Json.String(body!["token"]) is not { } token)
        {
            return ApiError.BadRequest("AUTH-TOKEN", "token", "This field is required.");
        }

        return sandbox.Current.Tokens.Validate(token) is null
            ? ApiError.Unauthorized("Token is invalid or expired.", "AUTH-TOKEN")
            : Results.Bytes("{}"u8.ToArray(), "application/json");
    }

    private static void WriteGrant(Utf8JsonWriter w, TokenGrant grant)
    {
        w.WriteStartObject();
        w.WriteString("access", grant.Access);
        w.WriteString("refresh", grant.Refresh);
        w.WriteString("token", grant.Access);
        w.WriteStartObject("user");
        w.WriteString("email", grant.User.Email);
        w.WriteString("first_name", grant.User.FirstName);
        w.WriteString("last_name", grant.User.LastName);
        w.WriteString("operator_uuid", grant.User.OperatorUuid);
        w.WriteStartArray("groups");
        foreach (var group in grant.User.Groups)
        {
            w.WriteStringValue(group);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
