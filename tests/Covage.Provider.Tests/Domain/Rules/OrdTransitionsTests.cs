using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Tests.Domain.Rules;

public sealed class OrdTransitionsTests
{
    private static readonly HashSet<(OrderStatus, OrderStatus)> Allowed =
    [
        (OrderStatus.Submitted, OrderStatus.Acknowledged), (OrderStatus.Submitted, OrderStatus.Rejected),
        (OrderStatus.Acknowledged, OrderStatus.Running), (OrderStatus.Acknowledged, OrderStatus.Rejected),
        (OrderStatus.Running, OrderStatus.Pending), (OrderStatus.Running, OrderStatus.Held),
        (OrderStatus.Running, OrderStatus.Completed), (OrderStatus.Running, OrderStatus.Rejected),
        (OrderStatus.Pending, OrderStatus.Running), (OrderStatus.Pending, OrderStatus.Cancelled), (OrderStatus.Pending, OrderStatus.Rejected),
        (OrderStatus.Held, OrderStatus.Running), (OrderStatus.Held, OrderStatus.Rejected),
    ];

    [Fact]
    public void IsAllowed_EveryPairOfStatuses_MatchesTheKitsTable()
    {
        foreach (var from in Enum.GetValues<OrderStatus>())
        {
            foreach (var to in Enum.GetValues<OrderStatus>())
            {
                Assert.True(Allowed.Contains((from, to)) == OrdTransitions.IsAllowed(from, to), $"{from} -> {to}");
            }
        }
    }

    [Theory]
    [InlineData("Completed")]
    [InlineData("Cancelled")]
    [InlineData("Rejected")]
    public void From_TerminalStatus_HasNoMove(string terminal) => Assert.Empty(OrdTransitions.From(Enum.Parse<OrderStatus>(terminal)));

    [Fact]
    public void IsAllowed_DraftToSubmitted_IsTheOperatorsNotCovages() =>
        Assert.False(OrdTransitions.IsAllowed(OrderStatus.Draft, OrderStatus.Submitted));
}
