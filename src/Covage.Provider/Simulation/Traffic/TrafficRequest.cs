using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Covage.Provider.Simulation.Traffic;

/// <summary>
/// What is known of a request before it is served: who sent it (from its token, or the e-mail of a
/// log-in), how it authenticated, and its body. Read once per request and shared by the recorder
/// and the fault injector.
/// </summary>
internal sealed record TrafficRequest(
    string Method,
    string Path,
    string Query,
    string? OperatorUuid,
    string? UserEmail,
    string Auth,
    string? TokenId,
    bool TokenValid,
    bool FromConsole,
    string? ContentType,
    CapturedBody Body)
{
    /// <summary>The most of a request body kept (in UTF-8 bytes); a longer one is kept cut, marked truncated.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private const string Item = "covage.traffic-request";

    /// <summary>
    /// The console marks its own calls so that they can be told apart from a client's: the header must
    /// carry the sandbox's secret <see cref="Sandbox.ConsoleMark"/>; any other value is a client's call.
    /// </summary>
    public const string ConsoleHeader = "X-Covage-Console";

    public static TrafficRequest? Of(HttpContext context) => context.Items[Item] as TrafficRequest;

    public static async Task<TrafficRequest> ReadAsync(HttpContext context, Sandbox sandbox)
    {
        var request = context.Request;
        var body = await ReadBodyAsync(request);
        var (auth, token) = Authorization(request.Headers.Authorization.ToString());
        var tokenUser = token is null ? null : sandbox.Current.Tokens.Validate(token);
        var user = tokenUser;
        if (user is null && TrafficSecrets.IsTokenPath(request.Path) && TrafficSecrets.Email(body.Text) is { } email)
        {
            sandbox.Current.State.Users.TryGetValue(email, out user);
        }

        var facts = new TrafficRequest(
            request.Method, request.Path.Value ?? "/", request.QueryString.Value ?? "", user?.OperatorUuid, user?.Email, auth,
            token is null ? null : IdOf(token), tokenUser is not null,
            IsConsole(request.Headers[ConsoleHeader].ToString(), sandbox.ConsoleMark), request.ContentType,
            TrafficSecrets.IsTokenPath(request.Path) ? TrafficSecrets.Mask(body) : body);
        context.Items[Item] = facts;
        return facts;
    }

    /// <summary>Whether a header value is the sandbox's console mark (compared in constant time: it is a secret).</summary>
    public static bool IsConsole(string header, string mark) => header.Length == mark.Length && SimulatorKey.SecretEquals(header, mark);

    /// <summary>A token's short, stable id: enough to tell tokens apart, useless to call the API with.</summary>
    public static string IdOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..12];

    private static (string Auth, string? Token) Authorization(string header)
    {
        if (header.Length == 0)
        {
            return ("none", null);
        }

        var space = header.IndexOf(' ', StringComparison.Ordinal);
        var scheme = space > 0 ? header.AsSpan(0, space) : header.AsSpan();
        var token = space > 0 ? header[(space + 1)..].Trim() : null;
        var auth = scheme.Equals("bearer", StringComparison.OrdinalIgnoreCase) ? "bearer"
            : scheme.Equals("jwt", StringComparison.OrdinalIgnoreCase) ? "jwt"
            : "other";
        return (auth, string.IsNullOrEmpty(token) ? null : token);
    }

    private static async Task<CapturedBody> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.ContainsKey("Transfer-Encoding")))
        {
            return CapturedBody.None;
        }

        request.EnableBuffering();
        // A pooled buffer: a fresh one per call (64 KiB, on the large object heap) made every recorded
        // create cost 160 KB and a gen2 collection every few hundred calls (bench --traffic-log).
        var size = request.ContentLength is { } length && length < MaxBodyBytes ? (int)length + 1 : MaxBodyBytes + 1;
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var read = 0;
            int n;
            while (read < size && (n = await request.Body.ReadAsync(buffer.AsMemory(read, size - read), request.HttpContext.RequestAborted)) > 0)
            {
                read += n;
            }

            request.Body.Position = 0;
            return CapturedBody.Of(buffer.AsSpan(0, Math.Min(read, MaxBodyBytes)), read > MaxBodyBytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
