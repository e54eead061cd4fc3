using Covage.Conformance.Running;

namespace Covage.Conformance.Drivers;

/// <summary>
/// EVT-MATRIX and EVT-FIBER-SET as the kit reads them: one row per order event type, one column per
/// order kind. The table lives in features/events/event-matrix.feature (the oracle), never in C#.
/// Marks: "X" = may receive it, empty = must never receive it, "~" = not judged (outside the published table).
/// Two optional columns describe the event itself: "status" (the status whose entry it reports; empty for
/// other events) and "data" (the JSON data the kit sends with it through the control API).
/// </summary>
internal sealed class EventMatrix
{
    public const string FileName = "events/event-matrix.feature";

    private static readonly string[] MetaColumns = ["status", "data"];

    private readonly Dictionary<string, Dictionary<string, EventVerdict>> _rows;
    private readonly Dictionary<string, string> _status = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _data = new(StringComparer.Ordinal);

    /// <summary>Reads the table from its rows as written, header first.</summary>
    public EventMatrix(IReadOnlyList<IReadOnlyList<string>> rawRows)
    {
        var header = rawRows.Count > 0 ? rawRows[0] : [];
        if (header.Count < 2 || header[0] != "event")
        {
            throw new FormatException("the events matrix table must start with an \"event\" column followed by one column per order kind");
        }

        Columns = [.. header.Skip(1).Where(h => !MetaColumns.Contains(h))];
        _rows = new(StringComparer.Ordinal);
        foreach (var row in rawRows.Skip(1))
        {
            var verdicts = new Dictionary<string, EventVerdict>(StringComparer.Ordinal);
            var eventType = row[0].Trim();
            for (var i = 1; i < header.Count; i++)
            {
                var cell = i < row.Count ? row[i].Trim() : "";
                if (header[i] == "status" && cell.Length > 0)
                {
                    _status[eventType] = cell;
                    continue;
                }

                if (header[i] == "data" && cell.Length > 0)
                {
                    _data[eventType] = cell;
                    continue;
                }

                if (MetaColumns.Contains(header[i]))
                {
                    continue;
                }

                var mark = i < row.Count ? row[i].Trim() : "";
                verdicts[header[i]] = mark switch
                {
                    "X" or "x" => EventVerdict.Allowed,
                    "" => EventVerdict.Forbidden,
                    "~" => EventVerdict.NotJudged,
                    _ => throw new FormatException($"events matrix, row {row[0]}, column {header[i]}: unknown mark \"{mark}\" (use X, ~ or leave empty)"),
                };
            }

            if (!_rows.TryAdd(eventType, verdicts))
            {
                throw new FormatException($"events matrix: the event {row[0]} has two rows");
            }
        }
    }

    public IReadOnlyList<string> Columns { get; }

    public IEnumerable<string> Events => _rows.Keys;

    /// <summary>The status an event reports (order-submitted → submitted), or null for other events.</summary>
    public string? StatusOf(string eventType) => _status.GetValueOrDefault(eventType);

    /// <summary>The data the kit sends with the event through the control API, or null.</summary>
    public System.Text.Json.Nodes.JsonObject? DataOf(string eventType) =>
        _data.TryGetValue(eventType, out var json) ? System.Text.Json.Nodes.JsonNode.Parse(json) as System.Text.Json.Nodes.JsonObject : null;

    /// <summary>Null when the event type has no row (not an order event type the kit knows).</summary>
    public EventVerdict? Verdict(string column, string eventType) =>
        _rows.TryGetValue(eventType, out var row) ? row.GetValueOrDefault(column, EventVerdict.Forbidden) : null;

    public IEnumerable<string> EventsWith(string column, EventVerdict verdict) =>
        _rows.Where(r => r.Value.GetValueOrDefault(column) == verdict).Select(r => r.Key);

    /// <summary>The rule a refusal in this column cites.</summary>
    public static string RuleOf(string column) => column == OrderKinds.FiberPro ? "EVT-FIBER-SET" : "EVT-MATRIX";

    /// <summary>The first table of the feature whose header starts with "event".</summary>
    public static EventMatrix FromFeature(string path, string text)
    {
        var table = FeatureSet.Parse(path, text).Scenarios
            .SelectMany(s => s.Steps)
            .Select(s => s.Table?.RawRows)
            .FirstOrDefault(t => t is [{ Count: > 1 } header, ..] && header[0] == "event")
            ?? throw new FormatException($"{path}: no table with an \"event\" column");
        return new EventMatrix(table);
    }
}
