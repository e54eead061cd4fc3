using System.Security.Cryptography;
using System.Text;

namespace Covage.Provider.Domain.Accounts;

/// <summary>
/// AUTH-TOKEN: JWT-shaped opaque tokens. An access token lives one hour, a refresh token until
/// twelve hours after login, both on the provider's clock. Lookup is one dictionary read. Expired
/// tokens are forgotten as new ones are issued, and the number held is bounded (<see cref="TokenTable"/>).
/// </summary>
internal sealed class TokenService(TimeProvider clock, int capacity = TokenService.DefaultCapacity)
{
    public static readonly TimeSpan AccessLifetime = TimeSpan.FromHours(1);
    public static readonly TimeSpan RefreshLifetime = TimeSpan.FromHours(12);

    /// <summary>The most access tokens, and the most refresh tokens, the sandbox holds at once (README, "Everything lives in memory").</summary>
    public const int DefaultCapacity = 50_000;

    private readonly TokenTable _access = new(clock, capacity);
    private readonly TokenTable _refresh = new(clock, capacity);

    /// <summary>The tokens held now, access and refresh (expired ones not yet swept included).</summary>
    public int Count => _access.Count + _refresh.Count;

    public TokenGrant Login(User user)
    {
        var now = clock.GetUtcNow();
        var grant = new TokenGrant(NewToken("access", user), NewToken("refresh", user), user, now + AccessLifetime, now + RefreshLifetime);
        _access.Add(grant.Access, user, grant.AccessExpires);
        _refresh.Add(grant.Refresh, user, grant.RefreshExpires);
        return grant;
    }

    public string? Refresh(string refreshToken)
    {
        if (_refresh.Find(refreshToken) is not { } entry || entry.Expires <= clock.GetUtcNow())
        {
            return null;
        }

        var access = NewToken("access", entry.User);
        var expires = clock.GetUtcNow() + AccessLifetime;
        _access.Add(access, entry.User, expires < entry.Expires ? expires : entry.Expires);
        return access;
    }

    public User? Validate(string accessToken) => Validate(accessToken.AsSpan());

    /// <summary>One dictionary read on the header's own characters: no string is made per request.</summary>
    public User? Validate(ReadOnlySpan<char> accessToken) => _access.Valid(accessToken);

    /// <summary>Registers a literal token (Pact provider state "an authenticated operator").</summary>
    public void Register(string accessToken, User user) => _access.Add(accessToken, user, clock.GetUtcNow() + RefreshLifetime);

    private static string NewToken(string kind, User user)
    {
        static string B64(string text) => Base64Url(Encoding.UTF8.GetBytes(text));
        var header = B64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        var payload = B64($"{{\"token_type\":\"{kind}\",\"email\":\"{user.Email}\",\"jti\":\"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}\"}}");
        return $"{header}.{payload}.{Base64Url(RandomNumberGenerator.GetBytes(32))}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
