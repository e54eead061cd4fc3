using Covage.Provider.Domain.Accounts;
using Covage.Provider.Http.Errors;
using Covage.Provider.Simulation;
using Microsoft.AspNetCore.Http;

namespace Covage.Provider.Http.Auth;

/// <summary>AUTH-HEADER: resolves <c>Authorization: Bearer|JWT &lt;token&gt;</c> to the calling user.</summary>
internal static class CurrentUser
{
    private const string Key = "covage.user";

    public static User Get(HttpContext context) => (User)context.Items[Key]!;

    /// <summary>Route-group filter: every call under it needs a valid access token.</summary>
    public static async ValueTask<object?> Require(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return ApiError.Unauthorized("Authentication credentials were not provided.");
        }

        var space = header.IndexOf(' ', StringComparison.Ordinal);
        var scheme = space > 0 ? header.AsSpan(0, space) : header.AsSpan();
        if (!scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("JWT", StringComparison.OrdinalIgnoreCase))
        {
            return ApiError.Unauthorized("Authorization header must be 'Bearer <token>' (or the legacy 'JWT <token>').");
        }

        var sandbox = context.RequestServices.GetService(typeof(Sandbox)) as Sandbox;
        var user = space > 0 ? sandbox!.Current.Tokens.Validate(header.AsSpan(space + 1).Trim()) : null;
        if (user is null)
        {
            return ApiError.Unauthorized("Given token not valid for any token type, or expired.");
        }

        context.Items[Key] = user;
        return await next(invocation);
    }
}
