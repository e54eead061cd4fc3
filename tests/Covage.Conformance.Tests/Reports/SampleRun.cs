using Covage.Conformance.Running;
using Covage.Conformance.Reports;

namespace Covage.Conformance.Tests.Reports;

/// <summary>A hand-made run: one passed, one failed (with a request/response attachment), one not applicable.</summary>
internal static class SampleRun
{
    public const string FailureError = "[ORD-TYPE] expected status 400\n  expected: 400   actual: 201";

    public static readonly DateTimeOffset Start = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public static RunReport Build(IReadOnlyList<CatalogueRule>? rules = null)
    {
        var orders = new FeatureFile("Orders", "orders/create.feature", ["@v2"], "Creating orders");
        var events = new FeatureFile("Events <feed>", "events/feed.feature", [], "");
        var passed = Case("orders/create.feature", "Orders", "create a copper order", 5, "@v2", "@rule:ORD-CREATE");
        var failed = Case("orders/create.feature", "Orders", "refuse an unknown type", 12, "@v2", "@rule:ORD-TYPE", "@rule:ORD-CREATE");
        var notApplicable = Case("events/feed.feature", "Events <feed>", "acknowledge & read", 7, "@simulator", "@rule:EVT-ACK");
        var results = new List<ScenarioResult>
        {
            new(passed, Outcome.Passed, [Step(passed, 0, Outcome.Passed, null)], TimeSpan.FromMilliseconds(12), null, Start),
            new(failed, Outcome.Failed,
            [
                Step(failed, 0, Outcome.Passed, null),
                Step(failed, 1, Outcome.Failed, FailureError, new Attachment("request", "text/plain", "POST /api/v2/orders/\nAuthorization: Bearer ****"),
                    new Attachment("response", "text/plain", "201\n\n{\"uuid\":\"x\"}")),
                Step(failed, 2, Outcome.Skipped, null),
            ], TimeSpan.FromMilliseconds(30), null, Start),
            new(notApplicable, Outcome.NotApplicable, [Step(notApplicable, 0, Outcome.Skipped, null)], TimeSpan.Zero,
                "the target has no simulator control API (run with --simulator-key)", Start),
        };
        var loaded = new[] { passed, failed, notApplicable, Case("orders/create.feature", "Orders", "filtered out", 30, "@rule:ORD-LIST") };
        rules ??= CatalogueRule.Parse("""
            | Rule | Statement | Source | Kind | Reading |
            |---|---|---|---|---|
            | ORD-CREATE | an operator creates orders | orders page | doc | |
            | ORD-TYPE | the type is one of the listed ones | orders page | doc | |
            | EVT-ACK | an acknowledged order emits its event | events page | interp | read as ... |
            | ORD-LIST | lists page | orders page | doc | |
            | AUTH-NOBODY | nobody tests this | auth page | doc | |
            """);
        return new RunReport("built-in provider", "0.1.0", Start, Start.AddSeconds(2), TimeSpan.FromSeconds(2),
            [orders, events], loaded, results, rules, new string('a', 64), new string('b', 64), null);
    }

    private static ScenarioCase Case(string path, string feature, string name, int line, params string[] tags) =>
        new($"{path}:{line}", name, feature, path, line, tags,
        [
            new ScenarioStep("Given ", "an operator", line + 1, null, null),
            new ScenarioStep("When ", "it creates an order", line + 2, null, null),
            new ScenarioStep("Then ", "the answer is 400", line + 3, null, null),
        ], null);

    private static StepResult Step(ScenarioCase scenario, int index, Outcome outcome, string? error, params Attachment[] attachments) =>
        new(scenario.Steps[index], outcome, TimeSpan.FromMilliseconds(3), error, attachments);
}
