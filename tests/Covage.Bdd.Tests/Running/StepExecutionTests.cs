using Covage.Bdd.Tests.Running.Support;

namespace Covage.Bdd.Tests.Running;

public sealed class StepExecutionTests
{
    private readonly Probe _probe = new();

    private Task<ScenarioResult> RunAsync(string body) => Harness.RunAsync(_probe, body, typeof(CommonSteps));

    [Fact]
    public async Task RunScenario_ExpressionPlaceholders_ConvertToParameterTypes()
    {
        var result = await RunAsync("""
            Scenario: values
              Given numbers -3, 4000000000, 2.5 and 0.1
              And a strange speed of very-fast
              And flag yes is set
              And flag false is set
              And I note 'it\'s "fine"'
              When I pay 12.50 EUR
            """);

        Assert.True(result.Outcome == Outcome.Passed, result.FirstError);
        Assert.Equal(["-3|4000000000|2.5|0.1", "strange:VeryFast", "flag True", "flag False", "it's \"fine\"", "12.50 EUR"], _probe.Events);
    }

    [Fact]
    public async Task RunScenario_RegexBindings_PassGroupsInOrderAndMatchWholeText()
    {
        var result = await RunAsync("Scenario: r\n  When I wait for 3 minutes\n  And the price is 9.99\n");
        var partial = await RunAsync("Scenario: r\n  When I wait for 3 minutes please\n");

        Assert.Equal(Outcome.Passed, result.Outcome);
        Assert.Equal(["wait 3", "9.99"], _probe.Events);
        Assert.Equal(Outcome.Undefined, partial.Steps[0].Outcome);
    }

    [Fact]
    public async Task RunScenario_DataTableAndDocString_ArePassedAsLastArgument()
    {
        var result = await RunAsync("""
            Scenario: arguments
              Then the item "box" has:
                | a | b |
                | 1 | 2 |
              And the table is:
                | name | size |
                | x    | 1    |
                | y    | 2    |
              And the body is:
                ```json
                {"ok": true}
                ```
            """);

        Assert.Equal(Outcome.Passed, result.Outcome);
        Assert.Equal(["box:2", "name=x,size=1;name=y,size=2", "json:{\"ok\": true}"], _probe.Events);
        Assert.Equal(["name", "size"], result.Steps[1].Step.Table!.Header);
    }

    [Fact]
    public async Task RunScenario_TableUnderStepWithoutTableParameter_FailsNamingTheMethod()
    {
        var result = await RunAsync("Scenario: t\n  Given I note \"x\"\n    | a |\n");

        Assert.Equal(Outcome.Failed, result.Steps[0].Outcome);
        Assert.Contains("CommonSteps.Note", result.Steps[0].Error, StringComparison.Ordinal);
        Assert.Contains("data table", result.Steps[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunScenario_AndFollowsPreviousKeyword_StepDefinitionMatchesAny()
    {
        var result = await RunAsync("Scenario: k\n  Given anything goes\n  When anything goes\n  Then anything goes\n  But anything goes\n  * anything goes\n");

        Assert.Equal(Outcome.Passed, result.Outcome);
        Assert.Equal(["anything Given", "anything When", "anything Then", "anything Then", "anything Then"], _probe.Events);
        Assert.Equal(["Given", "When", "Then", "But", "*"], result.Steps.Select(s => s.Step.WrittenKeyword));
    }

    [Fact]
    public async Task RunScenario_KeywordDoesNotFit_IsUndefinedWithAHint()
    {
        var result = await RunAsync("Scenario: k\n  When I note \"x\"\n");

        Assert.Equal(Outcome.Undefined, result.Steps[0].Outcome);
        Assert.Contains("CommonSteps.Note", result.Steps[0].Error, StringComparison.Ordinal);
        Assert.Contains("bound to \"Given\"", result.Steps[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunScenario_UndefinedStep_GivesTextLocationAndSnippet()
    {
        var result = await RunAsync("""
            Scenario: unknown
              Given I note "a"
              When I order 3 boxes of "tea" at 2.5 (each)
                | a |
              Then the result is 1
            """);

        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Equal([Outcome.Passed, Outcome.Undefined, Outcome.Skipped], result.Steps.Select(s => s.Outcome));
        var error = result.Steps[1].Error!;
        Assert.Contains("\"When I order 3 boxes of \"tea\" at 2.5 (each)\"", error, StringComparison.Ordinal);
        Assert.Contains("test.feature:5", error, StringComparison.Ordinal);
        Assert.Contains("""[When("I order {int} boxes of {string} at {float} \\(each\\)")]""", error, StringComparison.Ordinal);
        Assert.Contains("public void WhenIOrderBoxesOfAtEach(int p0, string p1, double p2, DataTable table)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunScenario_AmbiguousStep_NamesEveryCandidateMethod()
    {
        var result = await RunAsync("Scenario: twice\n  Given twice bound here\n  Then the result is 1\n");

        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Equal([Outcome.Ambiguous, Outcome.Skipped], result.Steps.Select(s => s.Outcome));
        Assert.Contains("CommonSteps.TwiceFirst", result.Steps[0].Error, StringComparison.Ordinal);
        Assert.Contains("CommonSteps.TwiceSecond", result.Steps[0].Error, StringComparison.Ordinal);
        Assert.Contains("test.feature:4", result.Steps[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunScenario_FailedStep_SkipsTheRestAndKeepsTheMessage()
    {
        var result = await RunAsync("Scenario: f\n  Given I note \"a\"\n  And a step that fails with \"expected 1, found 2\"\n  Then I note \"b\"\n");

        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Equal([Outcome.Passed, Outcome.Failed, Outcome.Skipped], result.Steps.Select(s => s.Outcome));
        Assert.Equal("expected 1, found 2", result.Steps[1].Error);
        Assert.Equal(["a"], _probe.Events);
    }

    [Fact]
    public async Task RunScenario_UnexpectedException_KeepsTheWholeMessageAndType()
    {
        var result = await RunAsync("Scenario: long\n  Given a step that throws a long message\n");

        var error = result.Steps[0].Error!;
        Assert.Contains("System.InvalidOperationException: line one", error, StringComparison.Ordinal);
        Assert.Contains(new string('x', 5000), error, StringComparison.Ordinal);
        Assert.Contains("last line", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunScenario_ConversionFails_ReportsTheValueAndTheMethod()
    {
        var result = await RunAsync("Scenario: c\n  Given a fast speed of sideways\n");

        Assert.Equal(Outcome.Failed, result.Steps[0].Outcome);
        Assert.Contains("'sideways' is not a Speed (Slow, VeryFast)", result.Steps[0].Error, StringComparison.Ordinal);
        Assert.Contains("CommonSteps.SpeedOf", result.Steps[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunScenario_AsyncStep_IsAwaitedBeforeTheNext()
    {
        var result = await RunAsync("Scenario: a\n  Given a step that waits asynchronously\n  Then the asynchronous wait finished\n");

        Assert.Equal(Outcome.Passed, result.Outcome);
    }

    [Fact]
    public async Task RunScenario_NotApplicableStep_IsNeverPassed()
    {
        var result = await RunAsync("Scenario: na\n  Given I note \"a\"\n  And a step that is not applicable\n  Then I note \"b\"\n");

        Assert.Equal(Outcome.NotApplicable, result.Outcome);
        Assert.Equal("no control API on this target", result.NotApplicableReason);
        Assert.Equal([Outcome.Passed, Outcome.NotApplicable, Outcome.Skipped], result.Steps.Select(s => s.Outcome));
    }

    [Fact]
    public async Task RunScenario_Attachments_BelongToTheirStep()
    {
        var result = await RunAsync("Scenario: at\n  Given a step that attaches \"one\"\n  And I note \"x\"\n  And a step that attaches \"two\"\n");

        Assert.Equal(["one"], result.Steps[0].Attachments.Select(a => a.Content));
        Assert.Empty(result.Steps[1].Attachments);
        Assert.Equal(["two"], result.Steps[2].Attachments.Select(a => a.Content));
    }

    [Fact]
    public async Task RunScenario_Timing_IsMeasuredPerStepAndScenario()
    {
        var result = await RunAsync("Scenario: t\n  Given a step that waits asynchronously\n  And a step that fails with \"x\"\n  Then I note \"never\"\n");

        Assert.True(result.Steps[0].Duration > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, result.Steps[2].Duration);
        Assert.True(result.Duration >= result.Steps[0].Duration + result.Steps[1].Duration);
    }
}
