using System.Text.Json.Nodes;
using Reqnroll;
using Covage.Conformance.Http;

namespace Covage.Conformance.Drivers;

/// <summary>
/// What one scenario remembers between its steps: its orders by name ("the order", "order A"),
/// the last API answer, the last control-API answer, and a token that makes its data unique.
/// </summary>
internal sealed class ScenarioState(ScenarioInfo scenario)
{
    public const string DefaultName = "the order";

    private readonly Dictionary<string, TrackedOrder> _orders = new(StringComparer.Ordinal);
    private int _counter;

    /// <summary>Unique per scenario (charset-safe: lower-case hex), so parallel scenarios never share data.</summary>
    public string Token { get; } = Guid.NewGuid().ToString("N")[..16];

    /// <summary>The rule the scenario checks (its first <c>@rule:</c> tag), named by every failure.</summary>
    public string RuleId => RuleTags.First(scenario.CombinedTags) ?? "KIT";

    public ApiExchange? Last { get; set; }

    public ControlAnswer? LastControl { get; set; }

    /// <summary>Each provider event sent by a "send every event" step, with the control API's answer.</summary>
    public List<(string EventType, ControlAnswer Answer)> SentEvents { get; } = [];

    /// <summary>The events the last events step read (oldest first when it asked so).</summary>
    public JsonArray? Events { get; set; }

    /// <summary>The events-feed cursor a step kept (the sort_value of the last event read).</summary>
    public string? Cursor { get; set; }

    /// <summary>The order the last step created or named.</summary>
    public TrackedOrder? Current { get; private set; }

    public IEnumerable<TrackedOrder> Orders => _orders.Values;

    /// <summary>A fresh, scenario-unique operator order reference.</summary>
    public string NextOrderRef() => $"KIT-{Token}-{Interlocked.Increment(ref _counter)}";

    public TrackedOrder Track(string name, JsonObject order, Targets.Actor owner = Targets.Actor.Primary)
    {
        var tracked = new TrackedOrder(name, order, owner);
        _orders[name] = tracked;
        Current = tracked;
        return tracked;
    }

    /// <summary>An order by name (the current one without a name), which becomes the current one.</summary>
    public TrackedOrder Order(string? name = null) => Current = Peek(name ?? DefaultName);

    /// <summary>A list query and the X-Total-Count it gave, to compare with later.</summary>
    public (string Query, int Total)? Counted { get; set; }

    /// <summary>The active service the scenario's last terminate order named (its uuid and reference).</summary>
    public Targets.FixtureService? Service { get; set; }

    /// <summary>An order by name, without making it the current one.</summary>
    public TrackedOrder Peek(string name) =>
        name == DefaultName ? Current ?? throw new InvalidOperationException("No order yet in this scenario: a Given step should create one first.")
        : _orders.TryGetValue(name, out var order) ? order : throw new InvalidOperationException($"No order called \"{name}\" in this scenario.");

    public TrackedOrder? FindByUuid(string uuid) => _orders.Values.FirstOrDefault(o => o.Uuid == uuid);
}
