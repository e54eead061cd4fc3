using System.Collections.Concurrent;

namespace Covage.Bdd.Tests.Running;

/// <summary>Run-level log the test bindings write to, so tests can see what ran.</summary>
internal sealed class Journal
{
    public ConcurrentQueue<string> Entries { get; } = new();

    public TaskCompletionSource<bool> Barrier { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Arrived;
}

internal sealed class Basket : IDisposable
{
    private readonly Journal _journal;

    public Basket(Journal journal)
    {
        _journal = journal;
        journal.Entries.Enqueue("basket created");
    }

    public List<string> Items { get; } = [];

    public void Dispose() => _journal.Entries.Enqueue($"basket disposed with {Items.Count}");
}

public enum Fruit
{
    Apple,
    BloodOrange,
}

internal sealed record Colour(string Name);

[Binding]
internal sealed class FruitSteps(Basket basket, Journal journal, ScenarioContext context)
{
    [ParameterType("colour", "red|green|blue")]
    public static Colour ToColour(string text) => new(text.ToUpperInvariant());

    [Given("a basket with {int} {word}(s)")]
    public void GivenFruits(int count, string fruit) => basket.Items.AddRange(Enumerable.Repeat(fruit, count));

    [Given("a {colour} label")]
    public void GivenLabel(Colour colour) => journal.Entries.Enqueue($"label {colour.Name}");

    [Given("a fruit named {string}")]
    public void GivenNamed(string name) => basket.Items.Add(name);

    [Given("an/a {} kind of fruit: {}")]
    public void GivenKind(string adjective, Fruit fruit) => journal.Entries.Enqueue($"{adjective}:{fruit}");

    [When(@"^I eat (\d+)$")]
    public async Task WhenEat(int count)
    {
        await Task.Yield();
        basket.Items.RemoveRange(0, count);
        context.Attach("eaten", "text/plain", count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Then("the basket holds {int}")]
    public void ThenHolds(int count)
    {
        if (basket.Items.Count != count)
        {
            throw new InvalidOperationException($"expected {count}, found {basket.Items.Count}");
        }
    }

    [Then("the fruits are:")]
    public void ThenFruits(DataTable table)
    {
        var expected = table.Rows.Select(r => r["fruit"]).ToList();
        if (!expected.SequenceEqual(basket.Items))
        {
            throw new InvalidOperationException($"expected {string.Join(",", expected)}, found {string.Join(",", basket.Items)}");
        }
    }

    [Then("the note says:")]
    public void ThenNote(DocString note) => journal.Entries.Enqueue($"note {note.ContentType}:{note.Content}");

    [Given("this target has no fruit")]
    public void NoFruit() => throw new NotApplicableException("no fruit on this target");

    [Given("everyone meets at the barrier")]
    public async Task Barrier()
    {
        if (Interlocked.Increment(ref journal.Arrived) == 2)
        {
            journal.Barrier.SetResult(true);
        }

        await journal.Barrier.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Given("I note {string}")]
    public void Note(string text) => journal.Entries.Enqueue(text);

    [Given("twice bound")]
    public void TwiceA()
    {
    }

    [Given("twice {word}")]
    public void TwiceB(string word) => _ = word;

    [BeforeScenario("@hooked")]
    public void Before() => journal.Entries.Enqueue("before " + context.Scenario.Name);

    [AfterScenario("@hooked")]
    public void After() => journal.Entries.Enqueue("after " + context.Scenario.Name);
}
