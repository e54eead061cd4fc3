using System.Text.Json.Nodes;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Drivers;

/// <summary>An order a scenario created or uses: its uuid, its kind (matrix columns) and its last known state.</summary>
internal sealed class TrackedOrder(string name, JsonObject snapshot, Actor owner = Actor.Primary)
{
    public string Name { get; } = name;

    /// <summary>Whose order it is: reads and changes go out as this actor unless a step names another.</summary>
    public Actor Owner { get; } = owner;

    public string Uuid { get; } = snapshot["uuid"]?.GetValue<string>() ?? throw new InvalidOperationException("an order without uuid");

    /// <summary>The order as the API last showed it to a setup step (the "unchanged" baseline).</summary>
    public JsonObject Snapshot { get; private set; } = snapshot;

    /// <summary>The events-matrix columns this order belongs to (empty: not judged).</summary>
    public IReadOnlyList<string> Columns => OrderKinds.ColumnsOf(Snapshot);

    public void Remember(JsonObject order) => Snapshot = order;
}
