using System.Text.Json.Nodes;

namespace Covage.Conformance.SelfTest.Interception;

/// <summary>
/// Applies what a mutant made up earlier to every later answer: edited orders, orders it pretended to
/// delete, events it pretended to emit. Only the mutants that recorded something change anything here.
/// </summary>
internal static class Overlay
{
    public static Reply Apply(Call call, Reply reply, TrafficMemory memory, bool gone)
    {
        if (gone && call.IsApi())
        {
            return Reply.NotFound();
        }

        if (!reply.Ok || !memory.MadeUpAnything)
        {
            return reply;
        }

        if ((call.IsCreate() || call.IsOrder()) && reply.Json() is JsonObject order && order["uuid"]?.ToString() is { } id && memory.EditsOf(id) is { Count: > 0 } edits)
        {
            edits.ToList().ForEach(e => e(order));
            return reply.WithJson(order);
        }

        if (call.IsV1Order() && reply.Json() is JsonObject v1 && v1["order_uuid"]?.ToString() is { } v1Id && memory.V1EditsOf(v1Id) is { Count: > 0 } v1Edits)
        {
            v1Edits.ToList().ForEach(e => e(v1));
            return reply.WithJson(v1);
        }

        if (call.IsList() && reply.Json() is JsonArray list)
        {
            var changed = false;
            foreach (var item in list.OfType<JsonObject>().ToList())
            {
                var itemId = item["uuid"]?.ToString() ?? "";
                if (memory.IsGone(itemId))
                {
                    list.Remove(item);
                    changed = true;
                }
                else if (memory.EditsOf(itemId) is { Count: > 0 } itemEdits)
                {
                    itemEdits.ToList().ForEach(e => e(item));
                    changed = true;
                }
            }

            return changed ? reply.WithJson(list) : reply;
        }

        if (call.IsFeed() && reply.Json() is JsonArray events)
        {
            var objectUuid = call.Param("object_uuid");
            var extra = memory.ExtraEvents
                .Where(e => e.Owner == call.Authorization && (objectUuid is null || e.Event["object_uuid"]?.ToString() == objectUuid))
                .Select(e => e.Event.DeepClone())
                .ToList();
            if (extra.Count == 0)
            {
                return reply;
            }

            var oldestFirst = call.Param("sort") == "creation_date" && call.Param("direction") != "desc";
            var all = oldestFirst ? events.Select(e => e?.DeepClone()).Concat(extra) : extra.Concat(events.Select(e => e?.DeepClone()));
            return reply.WithJson(new JsonArray([.. all]));
        }

        return reply;
    }
}
