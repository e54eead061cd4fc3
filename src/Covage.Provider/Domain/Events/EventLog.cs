using System.Text.Json.Nodes;

namespace Covage.Provider.Domain.Events;

/// <summary>
/// The events of every operator. Each operator's events are kept twice, in creation order (which is
/// also creation-date order: the clock never repeats nor goes back) and sorted by event date (a late
/// event is inserted in its place), so a feed page is a binary search plus a short walk.
/// </summary>
internal sealed class EventLog(TimeProvider clock)
{
    private static readonly Comparer<ProviderEvent> ByEventDate = Comparer<ProviderEvent>.Create((a, b) =>
    {
        var byDate = a.EventDate.UtcTicks.CompareTo(b.EventDate.UtcTicks);
        return byDate != 0 ? byDate : a.Sequence.CompareTo(b.Sequence);
    });

    private static readonly Comparer<ProviderEvent> ByCreationDate = Comparer<ProviderEvent>.Create((a, b) =>
    {
        var byDate = a.CreationDate.UtcTicks.CompareTo(b.CreationDate.UtcTicks);
        return byDate != 0 ? byDate : a.Sequence.CompareTo(b.Sequence);
    });

    private readonly Lock _gate = new();
    private readonly Dictionary<string, ProviderEvent> _byUuid = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ProviderEvent>> _byOperator = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ProviderEvent>> _byOperatorEventDate = new(StringComparer.Ordinal);
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
            if (!_byOperatorEventDate.TryGetValue(operatorUuid, out var sorted))
            {
                _byOperatorEventDate[operatorUuid] = sorted = [];
            }

            var at = sorted.BinarySearch(evt, ByEventDate);
            sorted.Insert(at < 0 ? ~at : at, evt);
            return evt;
        }
    }

    /// <summary>
    /// Drops every event of one object, from every index: an order a provider state forgets takes its
    /// history with it, so an order set up again under the same uuid starts with none. Cursors stay valid:
    /// they hold a date and a sequence, not a position.
    /// </summary>
    public void Forget(string objectUuid)
    {
        lock (_gate)
        {
            if (!_byObject.Remove(objectUuid, out var events) || events.Count == 0)
            {
                return;
            }

            foreach (var evt in events)
            {
                _byUuid.Remove(evt.Uuid);
            }

            foreach (var operatorUuid in events.Select(e => e.OperatorUuid).Distinct(StringComparer.Ordinal))
            {
                _byOperator[operatorUuid].RemoveAll(e => e.ObjectUuid == objectUuid);
                _byOperatorEventDate[operatorUuid].RemoveAll(e => e.ObjectUuid == objectUuid);
            }
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
        if (query.ObjectUuid is not null)
        {
            return QueryObject(query);
        }

        var comparer = query.Sort == EventSort.EventDate ? ByEventDate : ByCreationDate;
        var page = new List<ProviderEvent>(Math.Min(query.Limit, 1000));
        lock (_gate)
        {
            var index = query.Sort == EventSort.EventDate ? _byOperatorEventDate : _byOperator;
            if (!index.TryGetValue(query.OperatorUuid, out var list))
            {
                return [];
            }

            int start;
            if (query.After is { } after)
            {
                // A probe sorts exactly where the cursor's (date, sequence) pair would.
                var probe = new ProviderEvent("", after.Sequence, "", "", "", "", after.Date, after.Date, null);
                var at = list.BinarySearch(probe, comparer);
                var position = at < 0 ? ~at : at;
                start = query.Descending ? position - 1 : (at < 0 ? position : position + 1);
            }
            else
            {
                start = query.Descending ? list.Count - 1 : 0;
            }

            var step = query.Descending ? -1 : 1;
            for (var i = start; i >= 0 && i < list.Count && page.Count < query.Limit; i += step)
            {
                if (query.ObjectType is null || list[i].ObjectType == query.ObjectType)
                {
                    page.Add(list[i]);
                }
            }
        }

        return page;
    }

    private List<ProviderEvent> QueryObject(EventQuery query)
    {
        ProviderEvent[] source;
        lock (_gate)
        {
            source = _byObject.TryGetValue(query.ObjectUuid!, out var list) ? [.. list] : [];
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
