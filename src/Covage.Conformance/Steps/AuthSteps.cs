using Reqnroll;
using Covage.Conformance.Drivers;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Steps;

/// <summary>Account tokens and the Authorization header.</summary>
[Binding]
internal sealed class AuthSteps(AuthDriver auth, FixtureData fixtures, ScenarioState state, Placeholders placeholders)
{
    [Given("the delivery user has logged in")]
    public async Task GivenLoggedIn()
    {
        var user = fixtures.User(Actor.Primary);
        var exchange = await auth.LoginAsync(user.Email, user.Password);
        if (exchange.Status != 200)
        {
            throw Failures.Mismatch(state.RuleId, "setup: could not log in", "200", exchange.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), "status", exchange);
        }
    }

    [When("the delivery user logs in")]
    public Task LogIn()
    {
        var user = fixtures.User(Actor.Primary);
        return auth.LoginAsync(user.Email, user.Password);
    }

    [When("the delivery user logs in with the e-mail in upper case")]
    public Task LogInUpper()
    {
        var user = fixtures.User(Actor.Primary);
        return auth.LoginAsync(user.Email.ToUpperInvariant(), user.Password);
    }

    [When("the delivery user logs in with a wrong password")]
    public Task LogInWrong()
    {
        var user = fixtures.User(Actor.Primary);
        return auth.LoginAsync(user.Email, user.Password + "-wrong");
    }

    [When("an unknown user logs in")]
    public Task LogInUnknown() => auth.LoginAsync($"nobody-{state.Token}@nowhere.example", "no-password");

    [When("the operator refreshes the access token")]
    public Task Refresh() => auth.RefreshAsync(auth.Refresh ?? throw new InvalidOperationException("no login yet"));

    [Given("the operator has refreshed the access token")]
    public async Task GivenRefreshed()
    {
        var exchange = await auth.RefreshAsync(auth.Refresh ?? throw new InvalidOperationException("no login yet"));
        if (exchange.Status != 200)
        {
            throw Failures.Mismatch(state.RuleId, "setup: could not refresh the token", "200", exchange.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), "status", exchange);
        }
    }

    [When("the operator refreshes with the token {string}")]
    public Task RefreshWith(string token) => auth.RefreshAsync(placeholders.Fill(token));

    [When("the operator verifies the token {string}")]
    public Task Verify(string token) => auth.VerifyAsync(placeholders.Fill(token));

    [When("the operator lists orders with the Authorization header {string}")]
    public Task ListWith(string header) => auth.CallWithAuthorizationAsync("/api/v2/orders/?limit=1", placeholders.Fill(header));

    [When("the operator lists orders without an Authorization header")]
    public Task ListWithout() => auth.CallWithAuthorizationAsync("/api/v2/orders/?limit=1", null);

    [When("the operator reads the events feed without an Authorization header")]
    public Task FeedWithout() => auth.CallWithAuthorizationAsync("/api/events/?limit=1", null);
}
