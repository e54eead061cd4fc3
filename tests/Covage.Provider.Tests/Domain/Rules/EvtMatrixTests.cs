using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Tests.Domain.Rules;

public sealed class EvtMatrixTests
{
    [Theory]
    [InlineData("CopperActivate", "order-sensibleaccess", null)]
    [InlineData("CopperActivate", "order-appointment-agreed", "EVT-MATRIX")]
    [InlineData("CopperLineBuilding", "order-appointment-agreed", null)]
    [InlineData("CopperLineBuilding", "order-delayed", "EVT-MATRIX")]
    [InlineData("CopperLineBuilding", "order-info", null)]
    [InlineData("Terminate", "order-info", "EVT-MATRIX")]
    [InlineData("Terminate", "order-cancelled", "EVT-MATRIX")]
    [InlineData("Terminate", "order-completed", null)]
    [InlineData("Fiber", "order-appointment-deferred", null)]
    [InlineData("Fiber", "order-sensibleaccess", "EVT-FIBER-SET")]
    [InlineData("Fiber", "order-dropped", "EVT-FIBER-SET")]
    [InlineData("FiberTerminate", "order-info", "EVT-FIBER-SET")]
    [InlineData("FiberTerminate", "order-acknowledged", null)]
    [InlineData("Enni", "order-completed", null)]
    [InlineData("Enni", "order-info", "EVT-MATRIX")]
    [InlineData("Enni", "order-sensibleaccess", "EVT-MATRIX")]
    public void RuleForbidding_FollowsTheKitsColumns(string kind, string type, string? rule) =>
        Assert.Equal(rule, EvtMatrix.RuleForbidding(Enum.Parse<OrderKind>(kind), type));

    [Fact]
    public void RuleForbidding_StatusEventsOfEveryKind_AreAllowed()
    {
        foreach (var kind in Enum.GetValues<OrderKind>())
        {
            foreach (var type in new[] { "order-submitted", "order-acknowledged", "order-running", "order-rejected", "order-completed" })
            {
                Assert.Null(EvtMatrix.RuleForbidding(kind, type));
            }
        }
    }

    [Fact]
    public void IsKnownOrderEvent_UnknownType_IsFalse()
    {
        Assert.True(EvtMatrix.IsKnownOrderEvent("order-localloop-desaturation-quote-accepted"));
        Assert.False(EvtMatrix.IsKnownOrderEvent("order-teleported"));
    }
}
