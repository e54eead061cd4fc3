using Covage.Provider.Domain.Events;
using Covage.Provider.Simulation;

namespace Covage.Provider.Tests.Domain.Events;

public sealed class EventLogTests
{
    private const string Alpha = "alpha";
    private readonly VirtualClock _clock = new(TimeProvider.System, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private EventLog Seeded(int count, out List<ProviderEvent> appended)
    {
        var log = new EventLog(_clock);
        appended = [];
        for (var i = 0; i < count; i++)
        {
            // Every third event arrives late: its event date is before everything seen so far.
            DateTimeOffset? late = i % 3 == 2 ? new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(-i) : null;
            appended.Add(log.Append(i % 2 == 0 ? "order-running" : "service-activated", i % 2 == 0 ? "order" : "service", $"obj-{i % 4}", Alpha, null, late));
            log.Append("order-running", "order", "other", "beta", null);
        }

        return log;
    }

    private static List<ProviderEvent> Drain(EventLog log, EventSort sort, bool descending, int pageSize, string? objectType = null)
    {
        var seen = new List<ProviderEvent>();
        EventCursor? after = null;
        while (true)
        {
            var page = log.Query(new EventQuery(Alpha, sort, descending, after, objectType, null, pageSize));
            if (page.Count == 0)
            {
                return seen;
            }

            seen.AddRange(page);
            var last = page[^1];
            var encoded = EventCursor.Encode(sort == EventSort.EventDate ? last.EventDate : last.CreationDate, last.Sequence);
            Assert.True(EventCursor.TryDecode(encoded, out var cursor));
            after = cursor;
        }
    }

    [Theory]
    [InlineData("CreationDate", false)]
    [InlineData("CreationDate", true)]
    [InlineData("EventDate", false)]
    [InlineData("EventDate", true)]
    public void Query_PagingWithTheCursor_SeesEveryEventOnceInOrder(string sortName, bool descending)
    {
        var sort = Enum.Parse<EventSort>(sortName);
        var log = Seeded(25, out var appended);

        var seen = Drain(log, sort, descending, pageSize: 4);

        Func<ProviderEvent, DateTimeOffset> key = sort == EventSort.EventDate ? e => e.EventDate : e => e.CreationDate;
        var expected = descending
            ? appended.OrderByDescending(key).ThenByDescending(e => e.Sequence)
            : appended.OrderBy(key).ThenBy(e => e.Sequence);
        Assert.Equal(expected.Select(e => e.Uuid), seen.Select(e => e.Uuid));
    }

    [Fact]
    public void Query_ObjectTypeFilter_PagesOnlyThatType()
    {
        var log = Seeded(10, out var appended);

        var seen = Drain(log, EventSort.CreationDate, descending: false, pageSize: 2, objectType: "service");

        Assert.Equal(appended.Where(e => e.ObjectType == "service").Select(e => e.Uuid), seen.Select(e => e.Uuid));
    }

    [Fact]
    public void Query_LateEventAfterTheReaderCaughtUp_IsStillDelivered()
    {
        var log = Seeded(3, out _);
        var seen = Drain(log, EventSort.CreationDate, descending: false, pageSize: 10);
        var last = seen[^1];

        var late = log.Append("order-appointment-agreed", "order", "obj-0", Alpha, null, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var next = log.Query(new EventQuery(Alpha, EventSort.CreationDate, false, new EventCursor(last.CreationDate, last.Sequence), null, null, 10));

        Assert.Equal([late.Uuid], next.Select(e => e.Uuid));
    }

    [Fact]
    public void Query_AnotherOperator_SeesNothingOfAlpha()
    {
        var log = Seeded(5, out _);

        var beta = log.Query(new EventQuery("beta", EventSort.EventDate, true, null, null, null, 100));

        Assert.All(beta, e => Assert.Equal("beta", e.OperatorUuid));
        Assert.Equal(5, beta.Count);
    }
}
