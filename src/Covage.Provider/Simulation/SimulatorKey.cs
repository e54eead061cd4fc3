using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Covage.Provider.Simulation;

/// <summary>Whether a request carries the control API's <c>X-Simulator-Key</c> (compared in constant time).</summary>
internal static class SimulatorKey
{
    public const string Header = "X-Simulator-Key";

    public static bool Given(HttpContext context, Sandbox sandbox) => SecretEquals(context.Request.Headers[Header].ToString(), sandbox.Options.SimulatorKey);

    /// <summary>Whether a value a request carries is the sandbox's secret, compared in constant time.</summary>
    public static bool SecretEquals(string given, string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(secret));
}
