using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Covage.Conformance.SelfTest.Interception;

namespace Covage.Conformance.SelfTest.Catalogue;

/// <summary>Mutants of the events rules: fields, types, data, the matrix, the feed's order, cursor and filters, info messages and their throttle.</summary>
internal static class EventMutants
{
    private const string InfoSentence = "Event was successfully created, please wait 5 minutes before trying again on this order";

    private static readonly string[] StatusEvents = ["order-submitted", "order-acknowledged", "order-running", "order-rejected", "order-cancelled", "order-completed"];

    public static IEnumerable<Mutant> All()
    {
        // EVT-FIELDS
        yield return Mutant.Of("EVT-FIELDS", "event-without-model", "events come without their model field", EditEvents(e => e.Remove("model")));
        yield return Mutant.Of("EVT-FIELDS", "event-model-order-event", "events say model \"order_event\" instead of \"event\"", EditEvents(e => JsonEdit.Set(e, "model", "order_event")));
        yield return Mutant.Of("EVT-FIELDS", "event-object-type-capitalised", "events say object_type \"Order\" instead of \"order\"",
            EditEvents(e => JsonEdit.Map(e, "object_type", t => char.ToUpperInvariant(t[0]) + t[1..])));
        yield return Mutant.Of("EVT-FIELDS", "feed-without-sort-value", "feed items come without their sort_value", EditEvents(e => e.Remove("sort_value")));
        yield return Mutant.Of("EVT-FIELDS", "event-without-modification-date", "events come without modification_date", EditEvents(e => e.Remove("modification_date")));

        // EVT-TYPES
        yield return Mutant.Of("EVT-TYPES", "control-accepts-unknown-event-type", "the control API accepts an event type the Events page does not list",
            Mutate.PretendOk(c => c.IsInject(), (_, r) => r.NamesField("type") && r.Cites("EVT-TYPES"),
                (x, _) => x.Order is { } o ? SubmitMutants.FakeEvent(x.Call.ControlTarget() ?? "", o, null) : null));
        yield return Mutant.Of("EVT-TYPES", "appointment-event-renamed", "order-appointment-agreed is sent as order-appointment-set",
            EditEvents(e => JsonEdit.Text(e, "type") == "order-appointment-agreed" && JsonEdit.Set(e, "type", "order-appointment-set")));
        yield return Mutant.Of("EVT-TYPES", "event-types-upper-case", "event types are written in upper case",
            EditEvents(e => JsonEdit.Map(e, "type", t => t.ToUpperInvariant())));

        // EVT-DATA
        yield return Mutant.Of("EVT-DATA", "rejection-without-codes", "order-rejected comes without reject_code and reject_subcode",
            Mutate.EventData("order-rejected", d => d.Remove("reject_code") | d.Remove("reject_subcode")));
        yield return Mutant.Of("EVT-DATA", "cancellation-without-reason", "order-cancelled comes without its reason", Mutate.EventData("order-cancelled", d => d.Remove("reason")));
        yield return Mutant.Of("EVT-DATA", "appointment-without-end", "order-appointment-agreed comes without its end date", Mutate.EventData("order-appointment-agreed", d => d.Remove("end_date")));
        yield return Mutant.Of("EVT-DATA", "fibre-appointment-end-filled", "a fibre appointment gets an end date (two hours after its start) instead of null",
            Mutate.Events((x, e) =>
            {
                if (JsonEdit.Text(e, "type") == "order-appointment-agreed" && JsonEdit.Family(x.Memory.Order(JsonEdit.Text(e, "object_uuid"))) == "F"
                    && e["data"] is JsonObject d && d["end_date"] is null && JsonEdit.Text(d, "start_date") is { } start)
                {
                    d["end_date"] = ShiftHours(start, 2);
                }

                return e;
            }));
        yield return Mutant.Of("EVT-DATA", "desaturation-type-renamed", "order-localloop-desaturation-planned carries type instead of desaturation_type",
            Mutate.EventData("order-localloop-desaturation-planned", d => JsonEdit.Rename(d, "desaturation_type", "type")));
        yield return Mutant.Of("EVT-DATA", "provider-information-without-description", "order-information-from-provider comes without its description",
            Mutate.EventData("order-information-from-provider", d => d.Remove("description")));
        yield return Mutant.Of("EVT-DATA", "intervention-without-message", "the on-site intervention events come without their message",
            Mutate.All(Mutate.EventData("order-on-site-intervention-succeeded", d => d.Remove("message")), Mutate.EventData("order-on-site-intervention-failed", d => d.Remove("message"))));

        // EVT-MATRIX
        yield return Mutant.Of("EVT-MATRIX", "matrix-not-enforced-on-line-building", "a copper line-building order takes every provider event",
            Mutate.PretendOk(c => c.IsInject(), (x, r) => r.Refused && Facts.IsCopperLineBuilding(x) && x.Call.ControlTarget() is { } t && !StatusEvents.Contains(t),
                (x, _) => SubmitMutants.FakeEvent(x.Call.ControlTarget()!, x.Order!, null)));
        yield return Mutant.Of("EVT-MATRIX", "line-building-refuses-saturation", "a copper line-building order refuses the saturation events",
            Mutate.Refuse(x => (x.Call.IsInject() || x.Call.IsTransition()) && Facts.IsCopperLineBuilding(x)
                && (x.Call.ControlTarget() is "order-localloop-saturation" or "order-network-saturation" || Facts.Sent(x.Call, "event") is "order-localloop-saturation" or "order-network-saturation"),
                () => Reply.Error(409, "The order's status does not allow this action.", "type")));
        yield return Mutant.Of("EVT-MATRIX", "terminate-cancellable", "a terminate order can be cancelled",
            PretendMove(x => x.Call.ControlTarget() == "cancelled" && Facts.IsTerminate(x)));
        yield return Mutant.Of("EVT-MATRIX", "copper-not-cancellable", "a copper order cannot be cancelled",
            Mutate.Refuse(x => x.Call.IsTransition() && x.Call.ControlTarget() == "cancelled" && Facts.Family(x) is "A" or "S" or "M" && !Facts.IsTerminate(x),
                () => Reply.Error(409, "The order's status does not allow this action.", "to")));
        yield return Mutant.Of("EVT-MATRIX", "terminate-receives-order-info", "a terminate order accepts info messages (order-info)",
            Mutate.PretendOk(c => c.IsInfo(), (x, r) =>
            {
                if (!Facts.IsTerminate(x) || x.Order is not { } order || x.Call.Authorization is not { } owner)
                {
                    return false;
                }

                x.Memory.AddEvent(owner, SubmitMutants.FakeEvent("order-info", order, new JsonObject { ["message"] = Facts.Sent(x.Call, "message") }));
                return true;
            }, (_, _) => new JsonObject { ["info"] = InfoSentence }));
        yield return Mutant.Of("EVT-MATRIX", "status-move-with-foreign-event", "a status move carrying an event outside the order's column is accepted",
            PretendMove(x => Facts.Sent(x.Call, "event") is not null));
        yield return Mutant.Of("EVT-MATRIX", "copper-activate-feed-shows-appointment", "a copper activate order's feed shows an order-appointment-agreed it must never receive",
            ExtraEventAfter("order-running", Facts.IsCopperActivateOrder, "order-appointment-agreed",
                new JsonObject { ["start_date"] = "2026-12-01T08:00:00.000000Z", ["end_date"] = "2026-12-01T10:00:00.000000Z" }));

        // EVT-FIBER-SET
        yield return Mutant.Of("EVT-FIBER-SET", "fibre-takes-copper-events", "a Fiber Pro order takes copper-only events",
            Mutate.PretendOk(c => c.IsInject(), (x, r) => r.Refused && Facts.IsFiber(x) && x.Call.ControlTarget() is { } t && !StatusEvents.Contains(t),
                (x, _) => SubmitMutants.FakeEvent(x.Call.ControlTarget()!, x.Order!, null)));
        yield return Mutant.Of("EVT-FIBER-SET", "fibre-refuses-appointment-missed", "a Fiber Pro order refuses order-appointment-missed",
            Mutate.Refuse(x => x.Call.IsInject() && x.Call.ControlTarget() == "order-appointment-missed" && Facts.IsFiber(x),
                () => Reply.Error(409, "The order's status does not allow this action.", "type")));
        yield return Mutant.Of("EVT-FIBER-SET", "fibre-not-cancellable", "a Fiber Pro order cannot be cancelled",
            Mutate.Refuse(x => x.Call.IsTransition() && x.Call.ControlTarget() == "cancelled" && Facts.IsFiber(x),
                () => Reply.Error(409, "The order's status does not allow this action.", "to")));
        yield return Mutant.Of("EVT-FIBER-SET", "fibre-feed-shows-saturation", "a Fiber Pro order's feed shows an order-localloop-saturation",
            ExtraEventAfter("order-running", o => JsonEdit.Family(o) == "F", "order-localloop-saturation", null));

        // EVT-DEFAULT-ORDER
        yield return Mutant.Of("EVT-DEFAULT-ORDER", "default-oldest-first", "the feed's default order is oldest first",
            Mutate.Request(c => c.IsFeed() && !c.HasParam("sort") && !c.HasParam("direction"), x => x.Call.WithParam("direction", "asc")));
        yield return Mutant.Of("EVT-DEFAULT-ORDER", "default-by-creation-date", "the feed's default order is by creation_date (newest first), not by event_date",
            Mutate.Request(c => c.IsFeed() && !c.HasParam("sort") && !c.HasParam("after"), x => x.Call.WithParam("sort", "creation_date").WithParam("direction", "desc")));

        // EVT-CURSOR
        yield return Mutant.Of("EVT-CURSOR", "cursor-repeats-last-event", "after=<cursor> also returns the event the cursor points at",
            Mutate.Answer(c => c.IsFeed() && c.HasParam("after"), (x, r) =>
                r.Ok && r.Json() is JsonArray list && x.Memory.EventAt(x.Call.Param("after")!) is { } repeated
                && (x.Call.Param("object_uuid") is not { } uuid || JsonEdit.Text(repeated, "object_uuid") == uuid)
                    ? r.WithJson(new JsonArray([repeated, .. list.Select(e => e?.DeepClone())]))
                    : null));
        yield return Mutant.Of("EVT-CURSOR", "cursor-on-event-date", "after=<cursor> compares event dates, so a late event dated in the past is missed",
            Mutate.Answer(c => c.IsFeed() && c.HasParam("after"), (x, r) =>
            {
                if (!r.Ok || r.Json() is not JsonArray list || x.Memory.EventAt(x.Call.Param("after")!) is not { } cursor || JsonEdit.Text(cursor, "event_date") is not { } date)
                {
                    return null;
                }

                var kept = list.Where(e => string.CompareOrdinal(JsonEdit.Text(e, "event_date"), date) >= 0).Select(e => e?.DeepClone()).ToList();
                return kept.Count == list.Count ? null : r.WithJson(new JsonArray([.. kept]));
            }));
        yield return Mutant.Of("EVT-CURSOR", "cursor-skips-next-event", "after=<cursor> skips the first event after the cursor",
            Mutate.Answer(c => c.IsFeed() && c.HasParam("after"), (_, r) => r.Ok && r.Json() is JsonArray { Count: > 0 } list ? r.WithJson(new JsonArray([.. list.Skip(1).Select(e => e?.DeepClone())])) : null));
        yield return Mutant.Of("EVT-CURSOR", "creation-date-sort-ignored", "sort=creation_date is ignored (the feed stays newest event first)",
            Mutate.Request(c => c.IsFeed() && c.Param("sort") == "creation_date", x => x.Call.WithParam("sort", null)));
        yield return Mutant.Of("EVT-CURSOR", "garbage-cursor-ignored", "a cursor the provider never gave is ignored (the whole feed comes back)",
            Mutate.Accept(c => c.IsFeed(), r => r.NamesField("after"), x => x.Call.WithParam("after", null)));

        // EVT-FILTERS
        yield return Mutant.Of("EVT-FILTERS", "object-uuid-ignored", "object_uuid does not narrow the feed", IgnoreParam("object_uuid", _ => true));
        yield return Mutant.Of("EVT-FILTERS", "object-type-ignored", "object_type does not narrow the feed", IgnoreParam("object_type", c => !c.HasParam("object_uuid")));
        yield return Mutant.Of("EVT-FILTERS", "size-ignored", "size does not bound a page", IgnoreParam("size", _ => true));
        yield return Mutant.Of("EVT-FILTERS", "feed-limit-plus-one", "limit=n gives n+1 events",
            Mutate.Request(c => c.IsFeed() && int.TryParse(c.Param("limit"), CultureInfo.InvariantCulture, out var n) && n < 1000,
                x => x.Call.WithParam("limit", (int.Parse(x.Call.Param("limit")!, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture))));
        yield return Mutant.Of("EVT-FILTERS", "service-filter-includes-orders", "object_type=service also returns order events",
            Mutate.Around(c => c.IsFeed() && c.Param("object_type") == "service", async x =>
            {
                var services = await x.ForwardAsync();
                var orders = await x.SendAsync(x.Call.WithParam("object_type", "order"));
                if (!services.Ok || !orders.Ok || orders.Json() is not JsonArray { Count: > 0 } extra)
                {
                    return services;
                }

                x.Fired();
                return services.WithJson(new JsonArray([.. (services.Json() as JsonArray ?? []).Select(e => e?.DeepClone()), .. extra.Select(e => e?.DeepClone())]));
            }));

        // EVT-GET-ONE
        yield return Mutant.Of("EVT-GET-ONE", "one-event-not-found", "an event cannot be read by its uuid (404)",
            Mutate.Answer(c => c.IsOneEvent(), (_, r) => r.Ok ? Reply.NotFound() : null));
        yield return Mutant.Of("EVT-GET-ONE", "unknown-event-400", "an unknown event uuid is answered 400 instead of 404",
            Mutate.Answer(c => c.IsOneEvent(), (_, r) => r.Status == 404 ? Reply.Invalid("event_uuid") : null));
        yield return Mutant.Of("EVT-GET-ONE", "one-event-as-a-list", "an event read by its uuid comes as a list of one",
            Mutate.Answer(c => c.IsOneEvent(), (_, r) => r.Ok && r.Json() is JsonObject e ? r.WithJson(new JsonArray(e)) : null));

        // EVT-STATUS-CONSISTENT
        yield return Mutant.Of("EVT-STATUS-CONSISTENT", "no-event-on-resume", "an order resuming (back to running) emits no order-running",
            Mutate.Answer(c => c.IsFeed(), (_, r) =>
            {
                if (!r.Ok || r.Json() is not JsonArray list)
                {
                    return null;
                }

                var seen = new HashSet<string>(StringComparer.Ordinal);
                var oldestFirst = list.Reverse().ToList();
                var dropped = oldestFirst.Where(e => JsonEdit.Text(e, "type") == "order-running" && !seen.Add(JsonEdit.Text(e, "object_uuid") ?? "")).ToHashSet();
                return dropped.Count == 0 ? null : r.WithJson(new JsonArray([.. list.Where(e => !dropped.Contains(e)).Select(e => e?.DeepClone())]));
            }));
        yield return Mutant.Of("EVT-STATUS-CONSISTENT", "control-injects-status-event", "the control API sends a status event without the status change",
            Mutate.PretendOk(c => c.IsInject() && StatusEvents.Contains(c.ControlTarget()), (x, _) => x.Order is not null,
                (x, _) => SubmitMutants.FakeEvent(x.Call.ControlTarget()!, x.Order!, null)));
        yield return Mutant.Of("EVT-STATUS-CONSISTENT", "no-acknowledged-event", "acknowledging an order emits no order-acknowledged",
            Mutate.DropEvents((_, e) => JsonEdit.Text(e, "type") == "order-acknowledged"));
        yield return Mutant.Of("EVT-STATUS-CONSISTENT", "no-rejected-event", "rejecting an order emits no order-rejected",
            Mutate.DropEvents((_, e) => JsonEdit.Text(e, "type") == "order-rejected"));

        // EVT-INFO-POST
        yield return Mutant.Of("EVT-INFO-POST", "info-answer-sentence-differs", "an accepted info message answers another sentence than the documented one",
            Mutate.Answer(c => c.IsInfo(), (_, r) => r.Ok ? Reply.Of(200, new JsonObject { ["info"] = "Event created." }) : null));
        yield return Mutant.Of("EVT-INFO-POST", "info-without-slash-not-found", "the info endpoint without the final slash is not found",
            Mutate.Refuse(x => x.Call.IsInfo() && !x.Call.Path.EndsWith('/'), Reply.NotFound));
        yield return Mutant.Of("EVT-INFO-POST", "info-stop-deferred-dropped", "stop_deferred is not carried into the order-info event",
            Mutate.Request(c => c.IsInfo() && c.JsonObject()?["stop_deferred"] is not null, x => x.Call.EditJson(b => b.Remove("stop_deferred"))));
        yield return Mutant.Of("EVT-INFO-POST", "info-without-message-accepted", "an info message without a (text) message is accepted",
            Mutate.Accept(c => c.IsInfo(), r => r.NamesField("message"), x => x.Call.EditJson(b => b["message"] = b["message"]?.ToJsonString() ?? "(no message)")));
        yield return Mutant.Of("EVT-INFO-POST", "info-not-recorded", "an info message is answered 200 but no order-info event is created",
            Mutate.Instead(x => x.Call.IsInfo() && JsonEdit.String(x.Call.JsonObject()?["message"]) is not null
                && Facts.Status(x) is not (null or "draft") && !Facts.IsTerminate(x), _ => Reply.Of(200, new JsonObject { ["info"] = InfoSentence })));
        yield return Mutant.Of("EVT-INFO-POST", "info-message-not-in-event", "the order-info event does not carry the message", Mutate.EventData("order-info", d => d.Remove("message")));

        // THR-INFO-5MIN
        yield return Mutant.Of("THR-INFO-5MIN", "no-throttle", "a second info message within five minutes is answered 200 (and dropped)",
            Mutate.PretendOk(c => c.IsInfo(), (_, r) => r.Status == 429, (_, _) => new JsonObject { ["info"] = InfoSentence }));
        yield return Mutant.Of("THR-INFO-5MIN", "window-290-seconds", "the throttle window is 290 s instead of 300 (off by one tick of ten seconds)",
            Mutate.PretendOk(c => c.IsInfo(), (_, r) => r.Status == 429 && int.TryParse(r.Header("Retry-After"), CultureInfo.InvariantCulture, out var wait) && wait <= 10,
                (_, _) => new JsonObject { ["info"] = InfoSentence }));
        yield return Mutant.Of("THR-INFO-5MIN", "window-360-seconds", "the throttle window is six minutes: at 301 s a message is still refused",
            Mutate.Around(c => c.IsInfo(), async x =>
            {
                var reply = await x.ForwardAsync();
                var posts = x.Context.State<ConcurrentDictionary<string, long>>();
                var uuid = x.Call.OrderUuid()!;
                if (reply.Ok && posts.TryGetValue(uuid, out var last) && x.Memory.Clock - last < 360)
                {
                    x.Fired();
                    return Reply.Error(429, "Request was throttled.").WithHeader("Retry-After", (360 - (x.Memory.Clock - last)).ToString(CultureInfo.InvariantCulture));
                }

                if (reply.Ok)
                {
                    posts[uuid] = x.Memory.Clock;
                }

                return reply;
            }));
        yield return Mutant.Of("THR-INFO-5MIN", "window-per-operator", "the throttle counts the operator's messages, not the order's: a message on another order is throttled",
            Mutate.Around(c => c.IsInfo(), async x =>
            {
                var posts = x.Context.State<ConcurrentDictionary<string, (string Order, long Clock)>>();
                var auth = x.Call.Authorization ?? "";
                if (posts.TryGetValue(auth, out var last) && last.Order != x.Call.OrderUuid() && x.Memory.Clock - last.Clock < 300)
                {
                    x.Fired();
                    return Reply.Error(429, "Request was throttled.").WithHeader("Retry-After", "300");
                }

                var reply = await x.ForwardAsync();
                if (reply.Ok)
                {
                    posts[auth] = (x.Call.OrderUuid()!, x.Memory.Clock);
                }

                return reply;
            }));
        yield return Mutant.Of("THR-INFO-5MIN", "retry-after-missing", "a throttled message is answered without Retry-After",
            Mutate.Answer(c => c.IsInfo(), (_, r) => r.Status == 429 ? r.WithHeader("Retry-After", null) : null));
        yield return Mutant.Of("THR-INFO-5MIN", "retry-after-in-milliseconds", "Retry-After is given in milliseconds",
            Mutate.Answer(c => c.IsInfo(), (_, r) => r.Status == 429 && int.TryParse(r.Header("Retry-After"), CultureInfo.InvariantCulture, out var s)
                ? r.WithHeader("Retry-After", (s * 1000).ToString(CultureInfo.InvariantCulture)) : null));
        yield return Mutant.Of("THR-INFO-5MIN", "retry-after-whole-window", "Retry-After always says 300 s, not the time left",
            Mutate.Answer(c => c.IsInfo(), (_, r) => r.Status == 429 && r.Header("Retry-After") != "300" ? r.WithHeader("Retry-After", "300") : null));
        yield return Mutant.Of("THR-INFO-5MIN", "throttle-answers-400", "a throttled message is answered 400 instead of 429",
            Mutate.Answer(c => c.IsInfo(), (_, r) => r.Status == 429 ? r.WithStatus(400) : null));
        yield return Mutant.Of("THR-INFO-5MIN", "throttled-attempt-restarts-window", "a throttled attempt restarts the five-minute window",
            Mutate.Around(c => c.IsInfo(), async x =>
            {
                var attempts = x.Context.State<ConcurrentDictionary<string, long>>();
                var uuid = x.Call.OrderUuid()!;
                var reply = await x.ForwardAsync();
                if (reply.Status == 429)
                {
                    attempts[uuid] = x.Memory.Clock;
                }
                else if (reply.Ok && attempts.TryGetValue(uuid, out var last) && x.Memory.Clock - last < 300)
                {
                    x.Fired();
                    return Reply.Error(429, "Request was throttled.").WithHeader("Retry-After", (300 - (x.Memory.Clock - last)).ToString(CultureInfo.InvariantCulture));
                }

                return reply;
            }));
    }

    private static Rewrite EditEvents(Func<JsonObject, bool> edit) => Mutate.Events((_, e) =>
    {
        edit(e);
        return e;
    });

    /// <summary>The feed (and the order's events) ignore a query parameter.</summary>
    private static Rewrite IgnoreParam(string name, Func<Call, bool> when) =>
        Mutate.Request(c => c.IsFeed() && c.HasParam(name) && when(c), x => x.Call.WithParam(name, null));

    /// <summary>A move the control API accepts where the provider refused: the order shows the new status from now on.</summary>
    private static Rewrite PretendMove(Func<Intercepted, bool> when) =>
        Mutate.PretendOk(c => c.IsTransition(), (x, _) => when(x) && x.Order is not null, (x, _) =>
        {
            var to = x.Call.ControlTarget()!;
            x.Memory.Edit(x.Call.OrderUuid()!, o => o["status"] = to);
            return Facts.With(x.Order!, "status", to);
        });

    /// <summary>The feed shows, after each <paramref name="after"/> event of the orders <paramref name="orders"/> picks, an event of type <paramref name="extra"/>.</summary>
    private static Rewrite ExtraEventAfter(string after, Func<JsonObject?, bool> orders, string extra, JsonObject? data) =>
        Mutate.Answer(c => c.IsFeed(), (x, r) =>
        {
            if (!r.Ok || r.Json() is not JsonArray list)
            {
                return null;
            }

            var result = new JsonArray();
            var added = false;
            foreach (var item in list.OfType<JsonObject>())
            {
                result.Add(item.DeepClone());
                if (JsonEdit.Text(item, "type") == after && orders(x.Memory.Order(JsonEdit.Text(item, "object_uuid"))))
                {
                    var copy = (JsonObject)item.DeepClone();
                    copy["type"] = extra;
                    copy["event_uuid"] = Guid.NewGuid().ToString();
                    copy["data"] = data?.DeepClone();
                    result.Add(copy);
                    added = true;
                }
            }

            return added ? r.WithJson(result) : null;
        });

    private static string ShiftHours(string date, int hours) =>
        DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.AddHours(hours).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)
            : date;
}
