using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Covage.Conformance.SelfTest.Interception;

/// <summary>
/// What a mutant learnt from the real traffic between the kit and the provider (logins, orders and their
/// owners, events, the clock), and the lasting changes it made up (its overlay): a mutant that accepted
/// what the provider refused keeps showing the made-up result on later reads.
/// </summary>
internal sealed class TrafficMemory
{
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Session> _refreshes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _owners = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> _orders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> _v1Orders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _eventOwners = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> _eventsByCursor = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImmutableList<Action<JsonObject>>> _edits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImmutableList<Action<JsonObject>>> _v1Edits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _gone = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Owner, JsonObject Event)> _extraEvents = new();
    private bool _madeUp;
    private long _clock;

    /// <summary>Seconds the control API moved the provider's clock so far.</summary>
    public long Clock => Interlocked.Read(ref _clock);

    public IEnumerable<(string Owner, JsonObject Event)> ExtraEvents => _extraEvents;

    public Session? SessionOf(string? authorization) =>
        authorization is null ? null : _sessions.GetValueOrDefault(authorization[(authorization.IndexOf(' ', StringComparison.Ordinal) + 1)..]);

    public Session? SessionOfRefresh(string refresh) => _refreshes.GetValueOrDefault(refresh);

    public bool IsKnownRefresh(string token) => _refreshes.ContainsKey(token);

    /// <summary>The Authorization header that first read or created the order.</summary>
    public string? OwnerOf(string uuid) => _owners.GetValueOrDefault(uuid);

    public string? OwnerOfEvent(string uuid) => _eventOwners.GetValueOrDefault(uuid);

    /// <summary>The order as the provider last showed it (v2 shape), a copy; null when never seen.</summary>
    public JsonObject? Order(string? uuid) => uuid is not null && _orders.TryGetValue(uuid, out var order) ? (JsonObject)order.DeepClone() : null;

    public JsonObject? V1Order(string? uuid) => uuid is not null && _v1Orders.TryGetValue(uuid, out var order) ? (JsonObject)order.DeepClone() : null;

    public string? OrderByReference(string reference) =>
        _orders.Values.FirstOrDefault(o => o["reference"]?.ToString() == reference)?["uuid"]?.ToString();

    public JsonObject? EventAt(string cursor) => _eventsByCursor.TryGetValue(cursor, out var e) ? (JsonObject)e.DeepClone() : null;

    public bool IsGone(string? uuid) => uuid is not null && _gone.ContainsKey(uuid);

    public void MarkGone(string uuid)
    {
        _gone[uuid] = 0;
        Volatile.Write(ref _madeUp, true);
    }

    /// <summary>Whether the mutant made anything up yet (edits, deletions, events): until then no answer needs an overlay.</summary>
    public bool MadeUpAnything => Volatile.Read(ref _madeUp);

    /// <summary>From now on every v2 view of the order gets this edit.</summary>
    public void Edit(string uuid, Action<JsonObject> edit)
    {
        _edits.AddOrUpdate(uuid, _ => [edit], (_, list) => list.Add(edit));
        Volatile.Write(ref _madeUp, true);
    }

    /// <summary>From now on every v1 view of the order gets this edit.</summary>
    public void EditV1(string uuid, Action<JsonObject> edit)
    {
        _v1Edits.AddOrUpdate(uuid, _ => [edit], (_, list) => list.Add(edit));
        Volatile.Write(ref _madeUp, true);
    }

    public IReadOnlyList<Action<JsonObject>> EditsOf(string uuid) => _edits.GetValueOrDefault(uuid) ?? [];

    public IReadOnlyList<Action<JsonObject>> V1EditsOf(string uuid) => _v1Edits.GetValueOrDefault(uuid) ?? [];

    /// <summary>From now on the events feed shows this made-up event to its owner.</summary>
    public void AddEvent(string owner, JsonObject item)
    {
        _extraEvents.Enqueue((owner, item));
        Volatile.Write(ref _madeUp, true);
    }

    /// <summary>Learns from one real exchange with the provider.</summary>
    public void Observe(Call call, Reply reply)
    {
        if (!reply.Ok)
        {
            return;
        }

        // Parsed only for the calls it learns from; each parse is its own, so what it keeps needs no copy.
        var json = new Lazy<JsonNode?>(reply.Json, LazyThreadSafetyMode.None);
        if (call.IsLogin() && call.JsonObject() is { } login && json.Value is JsonObject answer)
        {
            var session = new Session(JsonEdit.String(login["email"]) ?? "", JsonEdit.String(login["password"]) ?? "", answer["user"]?["operator_uuid"]?.ToString(),
                answer["user"]?["groups"] is JsonArray groups ? [.. groups.Select(g => g?.ToString() ?? "")] : [],
                answer["access"]?.ToString() ?? "", answer["refresh"]?.ToString(), Clock);
            _sessions[session.Access] = session;
            if (session.Refresh is { } refresh)
            {
                _refreshes[refresh] = session;
            }
        }
        else if (call.IsRefresh() && JsonEdit.String(call.JsonObject()?["refresh"]) is { } used && _refreshes.TryGetValue(used, out var old)
            && json.Value?["access"]?.ToString() is { } access)
        {
            _sessions[access] = old with { Access = access };
        }
        else if ((call.IsCreate() || call.IsOrder() || call.IsTransition()) && json.Value is JsonObject order)
        {
            Remember(order, call.IsTransition() ? null : call.Authorization);
        }
        else if (call.IsList() && json.Value is JsonArray list)
        {
            foreach (var item in list.OfType<JsonObject>())
            {
                Remember(item, call.Authorization);
            }
        }
        else if ((call.IsV1Create() || call.IsV1Order("GET") || call.IsV1Order("PUT")) && json.Value is JsonObject v1 && v1["order_uuid"]?.ToString() is { } v1Uuid)
        {
            _v1Orders[v1Uuid] = v1;
            if (call.Authorization is { } auth)
            {
                _owners.TryAdd(v1Uuid, auth);
            }
        }
        else if (call.IsFeed() && json.Value is JsonArray events)
        {
            foreach (var item in events.OfType<JsonObject>())
            {
                if (item["event_uuid"]?.ToString() is { } id && call.Authorization is { } auth)
                {
                    _eventOwners.TryAdd(id, auth);
                }

                if (item["sort_value"]?.ToString() is { } cursor)
                {
                    _eventsByCursor[cursor] = item;
                }
            }
        }
        else if (call.IsClockAdvance() && call.JsonObject()?["seconds"] is JsonValue seconds && seconds.TryGetValue<double>(out var value))
        {
            Interlocked.Add(ref _clock, (long)value);
        }
    }

    private void Remember(JsonObject order, string? authorization)
    {
        if (order["uuid"]?.ToString() is not { } uuid)
        {
            return;
        }

        _orders[uuid] = order;
        if (authorization is not null)
        {
            _owners.TryAdd(uuid, authorization);
        }
    }
}
