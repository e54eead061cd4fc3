using System.Globalization;
using Covage.Provider.Domain.Events;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Http.Auth;
using Covage.Provider.Http.Errors;
using Covage.Provider.Http.V2;
using Covage.Provider.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Covage.Provider.Http.Events;

/// <summary>Events API: <c>/api/events/</c> (EVT-DEFAULT-ORDER, EVT-CURSOR, EVT-FILTERS, EVT-GET-ONE).</summary>
internal static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/events").AddEndpointFilter(CurrentUser.Require);
        group.MapGet("/", List);
        group.MapGet("/{uuid}/", Get);
        return group;
    }

    private static IResult Get(string uuid, HttpContext context, Sandbox sandbox)
    {
        var evt = sandbox.Current.State.Events.Find(uuid);
        return evt is null || evt.OperatorUuid != CurrentUser.Get(context).OperatorUuid
            ? ApiError.NotFound()
            : Results.Bytes(OrderJsonV2.ToBytes(w => EventJson.Write(w, evt, null)), "application/json");
    }

    private static IResult List(HttpContext context, Sandbox sandbox)
    {
        var query = context.Request.Query;
        var violations = new List<Violation>();
        var sort = query["sort"].ToString() switch
        {
            "" or "event_date" => EventSort.EventDate,
            "creation_date" => EventSort.CreationDate,
            var other => Bad(violations, "sort", $"Cannot sort events on \"{other}\"; expected event_date or creation_date."),
        };
        var descending = query["direction"].ToString() switch
        {
            "" => sort == EventSort.EventDate,
            "asc" => false,
            "desc" => true,
            var other => Bad(violations, "direction", $"Expected asc or desc, got \"{other}\".") == EventSort.EventDate,
        };
        EventCursor? after = null;
        if (query.TryGetValue("after", out var afterValue))
        {
            if (EventCursor.TryDecode(afterValue.ToString(), out var cursor))
            {
                after = cursor;
            }
            else
            {
                Bad(violations, "after", "Expected the sort_value of an event.");
            }
        }

        var objectType = query["object_type"].ToString();
        if (objectType.Length > 0 && objectType is not ("order" or "service"))
        {
            Bad(violations, "object_type", $"Expected order or service, got \"{objectType}\".");
        }

        var limit = 100;
        foreach (var name in new[] { "limit", "size" })
        {
            if (query.TryGetValue(name, out var value))
            {
                if (int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
                {
                    limit = Math.Min(n, 1000);
                }
                else
                {
                    Bad(violations, name, $"Expected a positive integer, got \"{value}\".");
                }
            }
        }

        if (violations.Count > 0)
        {
            return ApiError.BadRequest(violations);
        }

        var objectUuid = query["object_uuid"].ToString();
        var events = sandbox.Current.State.Events.Query(new EventQuery(
            CurrentUser.Get(context).OperatorUuid, sort, descending, after,
            objectType.Length > 0 ? objectType : null, objectUuid.Length > 0 ? objectUuid : null, limit));
        return new StreamedJson<ProviderEvent>(events, (w, e) =>
            EventJson.Write(w, e, EventCursor.Encode(sort == EventSort.EventDate ? e.EventDate : e.CreationDate, e.Sequence)));
    }

    private static EventSort Bad(List<Violation> violations, string field, string message)
    {
        violations.Add(new("EVT-FILTERS", field, message));
        return EventSort.EventDate;
    }
}
