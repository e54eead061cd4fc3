using System.Globalization;
using System.Text;
using Covage.Conformance.Targets;
using Covage.Provider;

namespace Covage.Conformance.Cli;

/// <summary>A running sandbox and the text that tells a user how to use it.</summary>
internal sealed class Sandbox(ProviderHost host, string fixturesJson, bool autopilot, bool trafficLog = true) : IAsyncDisposable
{
    private readonly Fixtures _fixtures = Fixtures.Parse(fixturesJson, "the sandbox's fixtures");

    public Uri BaseAddress => host.BaseAddress;

    public string SimulatorKey => host.SimulatorKey;

    public Fixtures Fixtures => _fixtures;

    /// <summary>The fixtures document as the sandbox served it (certify-client hands it to the client).</summary>
    public string FixturesJson => fixturesJson;

    /// <summary>Cancelled when a client calls <c>POST /_simulator/stop/</c>.</summary>
    public CancellationToken StopRequested => host.StopRequested;

    public string Banner => Describe();

    public static async Task<string> ReadFixturesJsonAsync(ProviderHost host, CancellationToken ct)
    {
        using var http = new HttpClient(host.CreateHandler()) { BaseAddress = Reachable(host.BaseAddress) };
        return await FixturesEndpoint.ReadJsonAsync(http, host.SimulatorKey, ct);
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    /// <summary>A sandbox listening on every address (0.0.0.0, ::) is reached through loopback.</summary>
    internal static Uri Reachable(Uri address) => address.Host switch
    {
        "0.0.0.0" => new UriBuilder(address) { Host = "127.0.0.1" }.Uri,
        "[::]" or "::" => new UriBuilder(address) { Host = "[::1]" }.Uri,
        _ => address,
    };

    private string Describe()
    {
        var url = BaseAddress.ToString();
        var text = new StringBuilder();
        var line = (string s) => text.Append(s).Append('\n');
        line($"Covage sandbox (reference provider, kit {KitInfo.Version}) listening on {url}");
        line($"  web console   {url}");
        line($"  API           {url}api/v2/   events {url}api/events/");
        line($"  control API   {url}_simulator/   header X-Simulator-Key: {SimulatorKey}");
        line($"  autopilot     {(autopilot ? "on: submitted orders move along by themselves" : "off: drive orders with the control API")}");
        line($"  traffic log   {(trafficLog ? "on: every API call and its answer, in the console's Traffic tab and at /_simulator/traffic/" : "off (--no-traffic-log): nothing is recorded")}");
        line("  state         in memory only: a restart or POST /_simulator/reset loses every order and token");
        line("Demo users (email / password [groups]):");
        foreach (var op in _fixtures.Operators)
        {
            foreach (var user in op.Users)
            {
                var groups = user.Groups.Count == 0 ? "no group" : string.Join(", ", user.Groups);
                line(string.Create(CultureInfo.InvariantCulture, $"  {op.Name,-18} {user.Email} / {user.Password}  [{groups}]{(op.HasEnni ? "" : "  (no ENNI)")}"));
            }
        }

        if (_fixtures.Operators[0].UserInGroup("delivery") is { } demo)
        {
            line("Try:");
            line($"  curl -s -X POST {url}api/v2/account/token/ -H 'Content-Type: application/json' -d '{{\"email\":\"{demo.Email}\",\"password\":\"{demo.Password}\"}}'");
        }

        line("Fixtures (eligibility refs, services, buildings):");
        line($"  curl -s {url}_simulator/fixtures -H 'X-Simulator-Key: {SimulatorKey}'");
        text.Append("Press Ctrl-C to stop.");
        return text.ToString();
    }
}
