using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Covage.Provider.Simulation;

/// <summary>Whether a request carries the control API's <c>X-Simulator-Key</c> (compared in constant time).</summary>
internal static class SimulatorKey
{
    public const string Header = "X-Simulator-Key";

    public static bool Given(HttpContext context, Sandbox sandbox) => CryptographicOperations.FixedTimeEquals(
        Encoding.UTF8.GetBytes(context.Request.Headers[Header].ToString()), Encoding.UTF8.GetBytes(sandbox.Options.SimulatorKey));
}
