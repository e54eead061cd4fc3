using System.Text.Json.Nodes;

namespace Covage.Conformance.Certification.Checks;

/// <summary>Reads of the events feed that return events an earlier read already returned: the cursor was not used.</summary>
internal sealed class EventsCursorCheck : IClientCheck
{
    public IReadOnlyList<ClientRule> Rules => [ClientRules.EventsCursor];

    public IEnumerable<Finding> Judge(IReadOnlyList<RecordedCall> calls)
    {
        var firstReadBy = new Dictionary<string, RecordedCall>(StringComparer.Ordinal);
        foreach (var call in calls.Where(c => Operations.IsEventsFeed(c) && c.Status == 200))
        {
            if (RefusalWords.Parse(call.ResponseBody) is not JsonArray events)
            {
                continue;
            }

            var again = new List<(string Uuid, RecordedCall First)>();
            foreach (var uuid in events.OfType<JsonObject>().Select(e => e["event_uuid"]?.ToString()).OfType<string>())
            {
                var key = (call.OperatorUuid ?? "") + "/" + uuid;
                if (firstReadBy.TryGetValue(key, out var first))
                {
                    again.Add((uuid, first));
                }
                else
                {
                    firstReadBy[key] = call;
                }
            }

            if (again.Count > 0)
            {
                var cursor = call.Query.Contains("after=", StringComparison.Ordinal)
                    ? "its after= was not the sort_value of the last event read"
                    : "it has no after= cursor";
                yield return new Finding(ClientRules.EventsCursor.Id,
                    $"{again.Count} event(s) read again ({cursor}); first read by {again[0].First.Label}, e.g. {again[0].Uuid}", call);
            }
        }
    }
}
