using System.Net;
using System.Net.NetworkInformation;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Http.Errors;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Covage.Provider.Simulation;

/// <summary>
/// SIM-HOST: the control API answers only requests addressed to the sandbox itself. A web page can make
/// a browser send requests to a name its attacker controls that resolves to 127.0.0.1 (DNS rebinding);
/// such requests carry that name in <c>Host</c>. Accepted: <c>localhost</c>, the address the sandbox
/// listens on (any loopback address when it listens on loopback), and, when it listens on every
/// address, the machine's own addresses. The port is not compared, so a forwarded port still works.
/// </summary>
internal sealed class HostGuard(IServer server)
{
    public const string RuleId = "SIM-HOST";

    private IReadOnlySet<IPAddress>? _addresses;
    private bool _anyLoopback;

    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var guard = context.RequestServices.GetRequiredService<HostGuard>();
        var host = context.Request.Host;
        if (!guard.Allows(host))
        {
            var message = $"The control API answers only requests addressed to the sandbox itself ({guard.Describe()}); "
                + $"this request's Host is \"{(host.HasValue ? host.Value : "(none)")}\". A page that renamed the sandbox (DNS rebinding) is refused.";
            return new ApiError(StatusCodes.Status403Forbidden, message, [new Violation(RuleId, "Host", message)]);
        }

        return await next(invocation);
    }

    public bool Allows(HostString host)
    {
        if (!host.HasValue)
        {
            return false;
        }

        var name = host.Host.Trim('[', ']');
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!IPAddress.TryParse(name, out var address))
        {
            return false;
        }

        var served = Served();
        return served.Contains(address) || (_anyLoopback && IPAddress.IsLoopback(address));
    }

    private string Describe()
    {
        var served = Served();
        var names = new List<string> { "localhost" };
        if (_anyLoopback)
        {
            names.Add("a loopback address");
        }

        names.AddRange(served.Where(a => !IPAddress.IsLoopback(a)).Select(a => a.ToString()).Order(StringComparer.Ordinal));
        return "Host " + string.Join(", ", names);
    }

    /// <summary>The addresses served, read once the server listens (an in-memory server has none: localhost only).</summary>
    private IReadOnlySet<IPAddress> Served()
    {
        if (Volatile.Read(ref _addresses) is { } known)
        {
            return known;
        }

        var addresses = new HashSet<IPAddress>();
        foreach (var url in server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IPAddress.TryParse(uri.Host.Trim('[', ']'), out var bound))
            {
                continue;
            }

            if (bound.Equals(IPAddress.Any) || bound.Equals(IPAddress.IPv6Any))
            {
                _anyLoopback = true;
                addresses.UnionWith(LocalAddresses());
            }
            else
            {
                _anyLoopback |= IPAddress.IsLoopback(bound);
                addresses.Add(bound);
            }
        }

        Volatile.Write(ref _addresses, addresses);
        return addresses;
    }

    private static IEnumerable<IPAddress> LocalAddresses()
    {
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            foreach (var unicast in nic.GetIPProperties().UnicastAddresses)
            {
                yield return unicast.Address;
            }
        }
    }
}
