using System.Globalization;
using Covage.Bdd.Tests.Running.Support;

namespace Covage.Bdd.Tests.Running;

public enum Speed
{
    Slow,
    VeryFast,
}

internal sealed record Money(decimal Amount, string Currency);

/// <summary>Steps shared by the runner tests (bound explicitly, not through [Binding]).</summary>
internal sealed class CommonSteps(Probe probe, ScenarioContext context)
{
    [ParameterType("money", @"\d+(?:\.\d+)? (?:EUR|USD)")]
    public static Money ToMoney(string text)
    {
        var parts = text.Split(' ');
        return new Money(decimal.Parse(parts[0], CultureInfo.InvariantCulture), parts[1]);
    }

    [Given("I note {string}")]
    public void Note(string text) => probe.Add(text);

    [Given("numbers {int}, {long}, {float} and {decimal}")]
    public void Numbers(int a, long b, double c, decimal d) =>
        probe.Add(string.Create(CultureInfo.InvariantCulture, $"{a}|{b}|{c}|{d}"));

    [Given("a {word} speed of {}")]
    public void SpeedOf(string word, Speed speed) => probe.Add($"{word}:{speed}");

    [Given("flag {word} is set")]
    public void Flag(bool value) => probe.Add($"flag {value}");

    [When("I pay {money}")]
    public void Pay(Money money) => probe.Add(string.Create(CultureInfo.InvariantCulture, $"{money.Amount} {money.Currency}"));

    [When(@"^I wait for (\d+) (?:second|minute)s?$")]
    public void Wait(int count) => probe.Add($"wait {count}");

    [When(@"^the price is (?<price>[\d.]+)$")]
    public void Price(decimal price) => probe.Add(price.ToString(CultureInfo.InvariantCulture));

    [Then("the table is:")]
    public void Table(DataTable table) =>
        probe.Add(string.Join(";", table.Rows.Select(r => string.Join(",", table.Header.Select(h => $"{h}={r[h]}")))));

    [Then("the body is:")]
    public void Body(DocString body) => probe.Add($"{body.ContentType}:{body.Content}");

    [Then("the item {string} has:")]
    public void ItemHas(string item, DataTable table) => probe.Add($"{item}:{table.RawRows.Count}");

    [StepDefinition("anything goes")]
    public void Anything() => probe.Add("anything " + context.CurrentStep?.Keyword);

    [Given("a step that waits asynchronously")]
    public async Task Waits()
    {
        await Task.Yield();
        context.Set("waited", "yes");
    }

    [Then("the asynchronous wait finished")]
    public void WaitFinished()
    {
        if (context.Get<string>("waited") != "yes")
        {
            throw new StepFailedException("the asynchronous step had not finished");
        }
    }

    [Given("a step that fails with {string}")]
    public void Fails(string message) => throw new StepFailedException(message);

    [Given("a step that throws a long message")]
    public void ThrowsLong() => throw new InvalidOperationException("line one" + Environment.NewLine + new string('x', 5000) + Environment.NewLine + "last line");

    [Given("a step that is not applicable")]
    public void NotApplicable() => throw new NotApplicableException("no control API on this target");

    [Given("a step that attaches {string}")]
    public void Attaches(string content) => context.Attach("note", "text/plain", content);

    [Given("twice bound here")]
    public void TwiceFirst()
    {
    }

    [Given("twice {word} here")]
    public void TwiceSecond(string word) => probe.Add(word);

    [Then("the result is {int}")]
    public void ResultIs(int value) => probe.Add($"result {value}");
}
