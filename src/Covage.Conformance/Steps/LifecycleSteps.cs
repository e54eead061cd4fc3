using System.Text.Json.Nodes;
using Covage.Conformance.Drivers;
using Covage.Conformance.Reports;
using Reqnroll;

namespace Covage.Conformance.Steps;

/// <summary>Covage's side of the lifecycle through the control API (@simulator): status moves and provider events.</summary>
[Binding]
internal sealed class LifecycleSteps(LifecycleDriver lifecycle, ScenarioState state, Placeholders placeholders)
{
    [Given("the provider has moved the order through {string}")]
    public Task GivenMoved(string statuses) => lifecycle.MoveThroughAsync(state.Order(), Split(statuses));

    [Given("the provider has moved order {word} through {string}")]
    public Task GivenNamedMoved(string name, string statuses) => lifecycle.MoveThroughAsync(state.Order(name), Split(statuses));

    [Given("the provider has moved the order to {string} with the event {string}")]
    public async Task GivenMovedWith(string to, string eventType)
    {
        var answer = await lifecycle.MoveAsync(state.Order(), to, eventType, remember: true);
        Require(answer, $"move the order to {to} with {eventType}");
    }

    [When("the provider moves the order to {string}")]
    public Task Move(string to) => lifecycle.MoveAsync(state.Order(), to);

    [When("the provider moves the order to {string} with the event {string}")]
    public Task MoveWith(string to, string eventType) => lifecycle.MoveAsync(state.Order(), to, eventType);

    [When("the provider moves the order to {string} with the data:")]
    public Task MoveWithData(string to, string data) => lifecycle.MoveAsync(state.Order(), to, null, Object(data));

    [Given("the provider has sent the event {string}")]
    public async Task GivenSent(string type) => Require(await lifecycle.SendEventAsync(state.Order(), type), $"send {type}");

    [Given("the provider has sent the event {string} with the data:")]
    public async Task GivenSentWith(string type, string data) => Require(await lifecycle.SendEventAsync(state.Order(), type, Object(data)), $"send {type}");

    [Given("the provider has sent the event {string} dated {int} hours earlier")]
    public async Task GivenSentLate(string type, int hours)
    {
        // The provider's "now" is read from the order: its last modification happened on the provider's clock.
        var now = ResponseChecks.ParseDate(JsonPaths.Get(state.Order().Snapshot, "modification_date")!.GetValue<string>());
        Require(await lifecycle.SendEventAsync(state.Order(), type, null, now.AddHours(-hours)), $"send {type} dated {hours} h earlier");
    }

    [When("the provider sends the event {string}")]
    public Task Send(string type) => lifecycle.SendEventAsync(state.Order(), type);

    [When("the provider sends the event {string} with the data:")]
    public Task SendWith(string type, string data) => lifecycle.SendEventAsync(state.Order(), type, Object(data));

    [When("the provider sends each non-status event of the events matrix to the order")]
    public async Task SendEach()
    {
        var matrix = EventMatrixSource.Matrix;
        foreach (var type in matrix.Events.Where(e => matrix.StatusOf(e) is null))
        {
            var answer = await lifecycle.SendEventAsync(state.Order(), type, matrix.DataOf(type));
            state.SentEvents.Add((type, answer));
        }
    }

    [Then("the control API accepts it")]
    public void Accepts()
    {
        var answer = LastControl();
        if (answer.Status != 200)
        {
            throw Failures.Control(state.RuleId, "the control API must accept this provider action", "200", answer);
        }
    }

    [Then("the control API refuses it")]
    public void Refuses()
    {
        var answer = LastControl();
        if (answer.Status is < 400 or >= 500)
        {
            throw Failures.Control(state.RuleId, "the control API must refuse this provider action", "a 4xx client error", answer);
        }
    }

    [Then("the control API refuses it with status {int} citing {string}")]
    public void RefusesCiting(int status, string rule)
    {
        var answer = LastControl();
        var cited = answer.Body?["details"] is JsonArray details
            && details.SelectMany(d => d?["errors"] as JsonArray ?? []).Any(e => e is JsonValue v && v.TryGetValue<string>(out var text) && text.Contains(rule, StringComparison.Ordinal));
        if (answer.Status != status || !cited)
        {
            throw Failures.Control(state.RuleId, $"the control API must refuse this provider action under {rule}",
                $"{status}, the error details citing {rule}", answer);
        }
    }

    [Then("the control API accepted exactly the events of the {string} column")]
    public void AcceptedColumn(string column)
    {
        var matrix = EventMatrixSource.Matrix;
        var problems = new List<string>();
        foreach (var (type, answer) in state.SentEvents)
        {
            var verdict = matrix.Verdict(column, type);
            var accepted = answer.Status == 200;
            var refused = answer.Status is >= 400 and < 500;
            if ((verdict == EventVerdict.Allowed && !accepted) || (verdict == EventVerdict.Forbidden && !refused) || (verdict == EventVerdict.NotJudged && !accepted && !refused))
            {
                problems.Add($"{type}: expected {(verdict == EventVerdict.Allowed ? "accepted (200)" : verdict == EventVerdict.Forbidden ? "refused (4xx)" : "a 200 or a 4xx")}, got {answer.Status} {answer.Body?.ToJsonString(ReportJson.Compact)}");
            }
        }

        if (problems.Count > 0)
        {
            throw new ConformanceException(column == OrderKinds.FiberPro ? "EVT-FIBER-SET" : "EVT-MATRIX",
                $"a {column} order must receive exactly the events of its column of the events matrix: {problems[0]}{(problems.Count > 1 ? $" (and {problems.Count - 1} more)" : "")}{Environment.NewLine}"
                + string.Join(Environment.NewLine, problems.Select(p => "    - " + p)));
        }
    }

    private ControlAnswer LastControl() => state.LastControl ?? throw new InvalidOperationException("no provider action in this scenario yet");

    private void Require(ControlAnswer answer, string what)
    {
        if (answer.Status != 200)
        {
            throw Failures.Control(state.RuleId, $"setup: the control API refused to {what}", "200", answer);
        }
    }

    private JsonObject Object(string data) =>
        placeholders.Json(data) as JsonObject ?? throw new FormatException("the doc string must be a JSON object");

    private static string[] Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
