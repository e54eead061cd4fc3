using System.Globalization;

namespace Covage.Provider.Tests.Support;

/// <summary>
/// Everything a client could see change after refused writes: every operator's orders and events, the
/// simulator's fixtures (services), and the virtual clock (which runs with real time, so only a jump counts).
/// </summary>
internal sealed record StateSnapshot(string Visible, DateTimeOffset Clock)
{
    private static readonly string[] Users = ["delivery@alpha.example", "delivery@beta.example", "delivery@gamma.example"];

    public static async Task<StateSnapshot> TakeAsync(TestProvider api)
    {
        var parts = new List<string>();
        foreach (var user in Users)
        {
            parts.Add((await api.AsAsync(user, HttpMethod.Get, "/api/v2/orders/?limit=1000")).Body);
            parts.Add((await api.AsAsync(user, HttpMethod.Get, "/api/events/?sort=creation_date&limit=1000")).Body);
        }

        parts.Add((await api.ControlAsync(HttpMethod.Get, "/_simulator/fixtures/")).Body);
        var clock = (await api.ControlAsync(HttpMethod.Get, "/_simulator/clock/")).Json["now"]!.GetValue<string>();
        return new StateSnapshot(string.Join('\n', parts), DateTimeOffset.Parse(clock, CultureInfo.InvariantCulture));
    }

    /// <summary>Nothing visible changed, and the clock was not advanced (a refused advance would move it by a day).</summary>
    public void AssertUnchanged(StateSnapshot after)
    {
        Assert.Equal(Visible, after.Visible);
        Assert.InRange(after.Clock - Clock, TimeSpan.Zero, TimeSpan.FromHours(1));
    }
}
