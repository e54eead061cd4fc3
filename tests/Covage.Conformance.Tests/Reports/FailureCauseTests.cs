using Covage.Conformance.Running;
using Covage.Conformance.Reports;

namespace Covage.Conformance.Tests.Reports;

public sealed class FailureCauseTests
{
    [Fact]
    public void Group_SameBugInScenariosOfOtherRulesAndData_IsOneCause()
    {
        var results = new[]
        {
            Failed("a", "[CRT-RESPONSE] setup: could not create the order: status: expected 200, got 400; the provider answered 400 \"Invalid input\" [product.code: unknown]"),
            Failed("b", "[ORD-TYPE] setup: could not create the order: status: expected 200, got 400; the provider answered 400 \"Invalid input\" [type: required]"),
            Failed("c", "[EVT-CURSOR] the events, oldest first: $[*].type: expected order-submitted, got order-running"),
        };

        var causes = FailureCause.Group(results);

        Assert.Equal(2, causes.Count);
        Assert.Equal(2, causes[0].Results.Count);
        Assert.StartsWith("setup: could not create the order", causes[0].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_ServerErrorsMetByDifferentSteps_AreOneCauseHeadedAsSuch()
    {
        var causes = FailureCause.Group(
        [
            Failed("a", "[EVT-FIELDS] setup: could not complete the order: status: expected 200 with the order, got 503; the provider answered 503 \"Service temporarily unavailable, try again later.\""),
            Failed("b", "[LST-SORT] setup: could not submit order 1: status: expected 200 with the order, got 503; the provider answered 503 \"Service temporarily unavailable, try again later.\""),
            Failed("c", "[CHR-ALLOWED-SET] the request must be refused: status: expected 400, got 503 (and 1 more); the provider answered 503 \"Service temporarily unavailable, try again later.\""),
            Failed("d", "[ERR-ENVELOPE] the request must be refused: status: expected 406, got 405; the provider answered 405 \"Method not allowed.\""),
        ]);

        Assert.Equal(2, causes.Count);
        Assert.True(causes[0].IsServerError);
        Assert.Equal(3, causes[0].Results.Count);
        Assert.Equal("the target failed (a server error, whatever the step that met it): it answered 503 \"Service temporarily unavailable, try again later.\"", causes[0].Headline);
        Assert.False(causes[1].IsServerError);
        Assert.StartsWith("[ERR-ENVELOPE] the request must be refused", causes[1].Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_SameDifferenceWhateverTheProviderSaid_IsOneCause()
    {
        var causes = FailureCause.Group(
        [
            Failed("a", "[ERR-ENVELOPE] the request must be refused: status: expected 406, got 405; the provider answered 405 \"Method \"PUT\" not allowed.\""),
            Failed("b", "[ERR-ENVELOPE] the request must be refused: status: expected 406, got 405; the provider answered 405 \"Method \"GET\" not allowed.\""),
        ]);

        Assert.Equal("the request must be refused: status: expected 406, got 405", Assert.Single(causes).Summary);
    }

    [Fact]
    public void Key_ScenarioOwnValues_AreReplacedByWhatTheyAre()
    {
        var key = FailureCause.Key(Failed("a",
            "[ORD-TYPE] GET /api/v2/orders/3f0c1e0a-0e55-4ea3-9d2b-1c1d2e3f4a5b/: order O261130_00042 of KIT-0123456789abcdef-3 at 2026-11-30T10:00:00.123456Z"));

        Assert.Equal("GET /api/v2/orders/<uuid>/: order <reference> of <order_ref> at <date>", key);
    }

    [Theory]
    [InlineData("[SCHEMA] GET /x: the payload breaks its schema: $.a: bad\n    - $.a: bad", "[SCHEMA] GET /x: the payload breaks its schema: $.a: bad")]
    [InlineData("Undefined step \"Given x\" (scenario \"s\"). Suggested binding:\n\n[Given(\"x\")]\npublic void X() { }", "Undefined step \"Given x\" (scenario \"s\"). Suggested binding: [Given(\"x\")]")]
    [InlineData("", "")]
    public void FirstLine_LineEndingWithAColon_CarriesWhatFollows(string text, string expected) =>
        Assert.Equal(expected, ResultKind.FirstLine(text));

    private static ScenarioResult Failed(string name, string error)
    {
        var step = new ScenarioStep("Then ", "it holds", 2, null, null);
        var scenario = new ScenarioCase($"f.feature:{name}", name, "F", "f.feature", 1, [], [step], null);
        return new ScenarioResult(scenario, Outcome.Failed, [new StepResult(step, Outcome.Failed, TimeSpan.Zero, error, [])], TimeSpan.Zero, null, DateTimeOffset.UnixEpoch);
    }
}
