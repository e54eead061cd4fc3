using System.Text.Json.Nodes;

namespace Covage.Provider.Domain.Events;

/// <summary>The events of every operator, in creation order; the feed reads it without blocking writers.</summary>
internal sealed class EventLog(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ProviderEvent> _byUuid = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ProviderEvent>> _byOperator = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ProviderEvent>> _byObject = new(StringComparer.Ordinal);
    private long _sequence;

    public ProviderEvent Append(string type, string objectType, string objectUuid, string operatorUuid, JsonNode? data, DateTimeOffset? eventDate = null)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var sequence = ++_sequence;
            var date = eventDate is { } given ? new DateTimeOffset(given.UtcTicks - (given.UtcTicks % 10), TimeSpan.Zero) : now;
            var evt = new ProviderEvent(Ids.NewUuid(), sequence, type, objectType, objectUuid, operatorUuid, now, date, data);
            _byUuid[evt.Uuid] = evt;
            Add(_byOperator, operatorUuid, evt);
            Add(_byObject, objectUuid, evt);
            return evt;
        }
    }

    public ProviderEvent? Find(string uuid)
    {
        lock (_gate)
        {
            return _byUuid.GetValueOrDefault(uuid);
        }
    }

    public IReadOnlyList<ProviderEvent> ForObject(string objectUuid)
    {
        lock (_gate)
        {
            return _byObject.TryGetValue(objectUuid, out var list) ? [.. list] : [];
        }
    }

    public IReadOnlyList<ProviderEvent> Query(EventQuery query)
    {
        ProviderEvent[] source;
        lock (_gate)
        {
            var list = query.ObjectUuid is not null
                ? _byObject.GetValueOrDefault(query.ObjectUuid)
                : _byOperator.GetValueOrDefault(query.OperatorUuid);
            source = list is null ? [] : [.. list];
        }

        IEnumerable<ProviderEvent> items = source.Where(e => e.OperatorUuid == query.OperatorUuid);
        if (query.ObjectType is not null)
        {
            items = items.Where(e => e.ObjectType == query.ObjectType);
        }

        Func<ProviderEvent, DateTimeOffset> key = query.Sort == EventSort.EventDate ? e => e.EventDate : e => e.CreationDate;
        if (query.After is { } after)
        {
            items = items.Where(e => query.Descending ? after.CompareTo(key(e), e.Sequence) > 0 : after.CompareTo(key(e), e.Sequence) < 0);
        }

        var ordered = query.Descending
            ? items.OrderByDescending(key).ThenByDescending(e => e.Sequence)
            : items.OrderBy(key).ThenBy(e => e.Sequence);
        return [.. ordered.Take(query.Limit)];
    }

    private static void Add(Dictionary<string, List<ProviderEvent>> index, string key, ProviderEvent evt)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(evt);
    }
}
