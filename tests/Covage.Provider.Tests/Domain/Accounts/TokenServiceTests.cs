using Covage.Provider.Domain.Accounts;
using Covage.Provider.Simulation;

namespace Covage.Provider.Tests.Domain.Accounts;

public sealed class TokenServiceTests
{
    private static readonly User Delivery = new("delivery@alpha.example", "secret", "Dalinar", "Kholin", "alpha", ["delivery"]);

    private readonly VirtualClock _clock = new(TimeProvider.System, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Login_OnceEveryTokenExpired_ForgetsThemAll()
    {
        var tokens = new TokenService(_clock);
        for (var i = 0; i < 200; i++)
        {
            tokens.Login(Delivery);
        }

        _clock.Advance(TokenService.RefreshLifetime + TimeSpan.FromMinutes(1));
        var fresh = tokens.Login(Delivery);

        Assert.Equal(2, tokens.Count);
        Assert.Equal(Delivery, tokens.Validate(fresh.Access));
        Assert.NotNull(tokens.Refresh(fresh.Refresh));
    }

    [Fact]
    public void Login_OnceAccessTokensExpired_KeepsTheirRefreshTokens()
    {
        var tokens = new TokenService(_clock);
        var first = tokens.Login(Delivery);

        _clock.Advance(TokenService.AccessLifetime + TimeSpan.FromMinutes(1));
        tokens.Login(Delivery);

        Assert.Equal(3, tokens.Count);
        Assert.Null(tokens.Validate(first.Access));
        Assert.NotNull(tokens.Refresh(first.Refresh));
    }

    [Fact]
    public void Login_WhileTokensAreValid_ForgetsNone()
    {
        var tokens = new TokenService(_clock);
        var grants = Enumerable.Range(0, 10).Select(_ => tokens.Login(Delivery)).ToList();

        _clock.Advance(TimeSpan.FromMinutes(30));
        tokens.Login(Delivery);

        Assert.Equal(22, tokens.Count);
        Assert.All(grants, g => Assert.Equal(Delivery, tokens.Validate(g.Access)));
    }

    [Fact]
    public void Login_BeyondTheCapacity_ForgetsTheOldestFirst()
    {
        var tokens = new TokenService(_clock, capacity: 5);

        var grants = Enumerable.Range(0, 8).Select(_ => tokens.Login(Delivery)).ToList();

        Assert.Equal(10, tokens.Count);
        Assert.All(grants.Take(3), g => Assert.Null(tokens.Validate(g.Access)));
        Assert.All(grants.Take(3), g => Assert.Null(tokens.Refresh(g.Refresh)));
        Assert.All(grants.Skip(3), g => Assert.Equal(Delivery, tokens.Validate(g.Access)));
    }

    [Fact]
    public void Register_AgainBeforeItExpired_OutlivesTheSweepOfItsFirstRegistration()
    {
        var tokens = new TokenService(_clock);
        tokens.Register("sandbox-pact-token", Delivery);
        _clock.Advance(TimeSpan.FromHours(11));
        tokens.Register("sandbox-pact-token", Delivery);

        _clock.Advance(TimeSpan.FromHours(2));
        tokens.Login(Delivery);

        Assert.Equal(Delivery, tokens.Validate("sandbox-pact-token"));
    }

    [Fact]
    public void Register_AgainThenPastTheCapacity_KeepsTheNewerRegistration()
    {
        var tokens = new TokenService(_clock, capacity: 2);
        tokens.Register("sandbox-pact-token", Delivery);
        tokens.Register("sandbox-pact-token", Delivery);

        tokens.Login(Delivery);

        Assert.Equal(Delivery, tokens.Validate("sandbox-pact-token"));
    }
}
