using System.Text.Json.Nodes;
using Covage.Conformance.Drivers;

namespace Covage.Conformance.SelfTest.Interception;

/// <summary>
/// The building blocks of the mutant catalogue: each returns a <see cref="Rewrite"/> that counts a hit
/// whenever it really changes a request or an answer.
/// </summary>
internal static class Mutate
{
    /// <summary>Several rewrites: the first that makes up an answer wins.</summary>
    public static Rewrite All(params Rewrite[] rewrites) => async x =>
    {
        foreach (var rewrite in rewrites)
        {
            if (await rewrite(x) is { } reply)
            {
                return reply;
            }
        }

        return null;
    };

    /// <summary>Changes the request before it reaches the provider (null: leave it).</summary>
    public static Rewrite Request(Func<Call, bool> when, Func<Intercepted, Call?> edit) => async x =>
    {
        if (!when(x.Call) || edit(x) is not { } changed)
        {
            return null;
        }

        x.Fired();
        return await x.SendAsync(changed);
    };

    /// <summary>Changes the provider's answer (null: leave it).</summary>
    public static Rewrite Answer(Func<Call, bool> when, Func<Intercepted, Reply, Reply?> edit) => async x =>
    {
        if (!when(x.Call))
        {
            return null;
        }

        var reply = await x.ForwardAsync();
        if (edit(x, reply) is not { } changed)
        {
            return reply;
        }

        x.Fired();
        return changed;
    };

    /// <summary>Full control over matching calls; the handler counts its own hits (null: forward untouched).</summary>
    public static Rewrite Around(Func<Call, bool> when, Func<Intercepted, Task<Reply?>> handle) => x => when(x.Call) ? handle(x) : Task.FromResult<Reply?>(null);

    /// <summary>Edits every v2 view of an order the operator API answers (create, read, modify, list items).</summary>
    public static Rewrite Orders(Func<JsonObject, bool> edit) =>
        Answer(c => c.IsCreate() || c.IsOrder() || c.IsList(), (_, reply) =>
        {
            if (!reply.Ok)
            {
                return null;
            }

            var json = reply.Json();
            var items = json is JsonArray list ? list.OfType<JsonObject>().ToList() : json is JsonObject one && one.ContainsKey("uuid") ? [one] : [];
            var changed = items.Aggregate(false, (any, item) => edit(item) | any);
            return changed ? reply.WithJson(json) : null;
        });

    /// <summary>Edits every v1 view of an order (create, read, replace answers).</summary>
    public static Rewrite V1Orders(Func<JsonObject, bool> edit) =>
        Answer(c => c.IsV1Create() || c.IsV1Order(), (_, reply) => reply.Ok && reply.Json() is JsonObject order && edit(order) ? reply.WithJson(order) : null);

    /// <summary>Edits every event the events API answers (feed items and single events); drop by returning null from <paramref name="edit"/>.</summary>
    public static Rewrite Events(Func<Intercepted, JsonObject, JsonObject?> edit) =>
        Answer(c => c.IsFeed() || c.IsOneEvent(), (x, reply) =>
        {
            if (!reply.Ok)
            {
                return null;
            }

            var json = reply.Json();
            if (json is JsonObject single)
            {
                var before = single.ToJsonString();
                return edit(x, single) is { } after && after.ToJsonString() != before ? reply.WithJson(after) : null;
            }

            if (json is not JsonArray list)
            {
                return null;
            }

            var changed = false;
            var result = new JsonArray();
            foreach (var item in list.OfType<JsonObject>())
            {
                var before = item.ToJsonString();
                var after = edit(x, (JsonObject)item.DeepClone());
                changed |= after is null || after.ToJsonString() != before;
                if (after is not null)
                {
                    result.Add(after);
                }
            }

            return changed ? reply.WithJson(result) : null;
        });

    /// <summary>Edits the data of the events of one type.</summary>
    public static Rewrite EventData(string type, Func<JsonObject, bool> edit) =>
        Events((_, e) =>
        {
            if (e["type"]?.ToString() == type && e["data"] is JsonObject data)
            {
                edit(data);
            }

            return e;
        });

    /// <summary>The events the predicate picks never show.</summary>
    public static Rewrite DropEvents(Func<Intercepted, JsonObject, bool> drop) => Events((x, e) => drop(x, e) ? null : e);

    /// <summary>
    /// A rule not enforced: when the provider refuses a matching call (and <paramref name="refusal"/>
    /// recognises why), the mutant sends <paramref name="fix"/>'s version instead and answers as if the
    /// original had been accepted (<paramref name="echo"/> puts the sent values back in the answer).
    /// </summary>
    public static Rewrite Accept(Func<Call, bool> when, Func<Reply, bool> refusal, Func<Intercepted, Call?> fix, Action<JsonObject, JsonObject>? echo = null) =>
        Around(when, async x =>
        {
            var reply = await x.ForwardAsync();
            if (!reply.Refused || !refusal(reply))
            {
                return reply;
            }

            if (fix(x) is not { } fixedCall || await x.SendAsync(fixedCall) is not { Ok: true } second)
            {
                return reply;
            }

            x.Fired();
            if (echo is not null && second.Json() is JsonObject answer)
            {
                echo(answer, x.Call.JsonObject() ?? []);
                if (answer["uuid"]?.ToString() is { } uuid)
                {
                    var sent = x.Call.JsonObject() ?? [];
                    x.Memory.Edit(uuid, order => echo(order, sent));
                }

                return second.WithJson(answer);
            }

            return second;
        });

    /// <summary>Answers matching calls itself, without asking the provider.</summary>
    public static Rewrite Instead(Func<Intercepted, bool> when, Func<Intercepted, Reply> answer) => x =>
    {
        if (!when(x))
        {
            return Task.FromResult<Reply?>(null);
        }

        x.Fired();
        return Task.FromResult<Reply?>(answer(x));
    };

    /// <summary>Refuses matching calls itself, without asking the provider.</summary>
    public static Rewrite Refuse(Func<Intercepted, bool> when, Func<Reply> refusal) => Instead(when, _ => refusal());

    /// <summary>
    /// A modification accepted where the provider refused it: answers 200 with the order as last read,
    /// the request merged in, and keeps showing that on later reads.
    /// </summary>
    public static Rewrite PretendModified(Func<Call, bool> when, Func<Intercepted, Reply, bool> refusal) =>
        Around(c => when(c) && c.IsOrder("PATCH"), async x =>
        {
            var reply = await x.ForwardAsync();
            if (!reply.Refused || !refusal(x, reply) || x.Order is not { } order || x.Call.JsonObject() is not { } patch)
            {
                return reply;
            }

            x.Fired();
            JsonMerge.Apply(order, patch);
            x.Memory.Edit(order["uuid"]!.ToString(), o => JsonMerge.Apply(o, (JsonObject)patch.DeepClone()));
            return Reply.Of(200, order);
        });

    /// <summary>A deletion accepted where the provider refused it: answers 200 {} and the order reads as gone afterwards.</summary>
    public static Rewrite PretendDeleted(Func<Call, bool> when, Func<Intercepted, Reply, bool> refusal) =>
        Around(when, async x =>
        {
            var reply = await x.ForwardAsync();
            if (!reply.Refused || !refusal(x, reply) || x.Call.OrderUuid() is not { } uuid)
            {
                return reply;
            }

            x.Fired();
            x.Memory.MarkGone(uuid);
            return Reply.Of(200, new JsonObject());
        });

    /// <summary>Answers 200 with the body given where the provider refused (nothing changes on the provider).</summary>
    public static Rewrite PretendOk(Func<Call, bool> when, Func<Intercepted, Reply, bool> refusal, Func<Intercepted, Reply, JsonNode?> body) =>
        Around(when, async x =>
        {
            var reply = await x.ForwardAsync();
            if (!reply.Refused || !refusal(x, reply))
            {
                return reply;
            }

            x.Fired();
            return Reply.Of(200, body(x, reply));
        });

    /// <summary>Isolation leaking: where the provider answers 404 to another operator, the call is replayed as the order's owner.</summary>
    public static Rewrite AsOwner(Func<Call, bool> when, Func<Intercepted, string?> owner) =>
        Around(when, async x =>
        {
            var reply = await x.ForwardAsync();
            if (reply.Status != 404 || owner(x) is not { } auth || auth == x.Call.Authorization)
            {
                return reply;
            }

            x.Fired();
            return await x.SendAsync(x.Call.WithHeader("Authorization", auth));
        });

    /// <summary>The error envelope's details, each edited (null drops one).</summary>
    public static JsonNode? EditDetails(JsonNode? envelope, Func<JsonObject, JsonObject?> edit)
    {
        if (envelope?["details"] is not JsonArray details)
        {
            return envelope;
        }

        var kept = details.OfType<JsonObject>().Select(d => edit((JsonObject)d.DeepClone())).OfType<JsonObject>().ToList();
        envelope["details"] = new JsonArray([.. kept]);
        return envelope;
    }
}
