using Covage.Conformance.Drivers;

namespace Covage.Conformance.Tests.Drivers;

public class PassiveMatrixCheckTests
{
    private const string Uuid = "2e4c08a6-17a7-4ed5-97ca-6425301cd96d";

    [Fact]
    public void CheckMatrix_EventOfTheColumn_Passes()
    {
        var state = DriverTestData.State();
        state.Track("the order", DriverTestData.Order(Uuid, "activate", "A", "activate"));

        EventsDriver.CheckMatrix(DriverTestData.Events(Uuid, "order-submitted", "order-delayed"), DriverTestData.Exchange(200, "[]"), state, DriverTestData.Matrix());
    }

    [Fact]
    public void CheckMatrix_ForbiddenEventOnCopper_FailsWithEvtMatrixAndPath()
    {
        var state = DriverTestData.State("@rule:SUB-EVENT");
        state.Track("the order", DriverTestData.Order(Uuid, "activate", "A", "create"));

        var error = Assert.Throws<ConformanceException>(() =>
            EventsDriver.CheckMatrix(DriverTestData.Events(Uuid, "order-submitted", "order-delayed"), DriverTestData.Exchange(200, "[]"), state, DriverTestData.Matrix()));

        Assert.Equal("EVT-MATRIX", error.RuleId);
        Assert.Contains("$[1].type", error.Message, StringComparison.Ordinal);
        Assert.Contains("order-delayed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckMatrix_ForbiddenEventOnFiberPro_FailsWithEvtFiberSet()
    {
        var state = DriverTestData.State();
        state.Track("the order", DriverTestData.Order(Uuid, "activate", "F", "activate_defined"));

        var error = Assert.Throws<ConformanceException>(() =>
            EventsDriver.CheckMatrix(DriverTestData.Events(Uuid, "order-delayed"), DriverTestData.Exchange(200, "[]"), state, DriverTestData.Matrix()));

        Assert.Equal("EVT-FIBER-SET", error.RuleId);
    }

    [Fact]
    public void CheckMatrix_FiberTerminate_MustFitBothColumns()
    {
        var state = DriverTestData.State();
        state.Track("the order", DriverTestData.Order(Uuid, "terminate", "F", null));

        var error = Assert.Throws<ConformanceException>(() =>
            EventsDriver.CheckMatrix(DriverTestData.Events(Uuid, "order-info"), DriverTestData.Exchange(200, "[]"), state, DriverTestData.Matrix()));

        Assert.Equal("EVT-MATRIX", error.RuleId);
    }

    [Fact]
    public void CheckMatrix_NotJudgedEvent_Passes()
    {
        var state = DriverTestData.State();
        state.Track("the order", DriverTestData.Order(Uuid, "terminate", "A", null));

        EventsDriver.CheckMatrix(DriverTestData.Events(Uuid, "order-quote"), DriverTestData.Exchange(200, "[]"), state, DriverTestData.Matrix());
    }

    [Fact]
    public void CheckMatrix_UnknownEventType_FailsWithEvtTypes()
    {
        var state = DriverTestData.State();
        state.Track("the order", DriverTestData.Order(Uuid, "activate", "A", "activate"));

        var error = Assert.Throws<ConformanceException>(() =>
            EventsDriver.CheckMatrix(DriverTestData.Events(Uuid, "order-teleported"), DriverTestData.Exchange(200, "[]"), state, DriverTestData.Matrix()));

        Assert.Equal("EVT-TYPES", error.RuleId);
    }

    [Fact]
    public void CheckMatrix_EventOfAnOrderTheScenarioDoesNotKnow_IsNotJudged()
    {
        var state = DriverTestData.State();
        state.Track("the order", DriverTestData.Order(Uuid, "activate", "A", "activate"));

        EventsDriver.CheckMatrix(DriverTestData.Events("another-order", "order-teleported"), DriverTestData.Exchange(200, "[]"), state, DriverTestData.Matrix());
    }

    [Fact]
    public void CheckMatrix_OrderOfUnknownKind_IsNotJudged()
    {
        var state = DriverTestData.State();
        state.Track("the order", DriverTestData.Order(Uuid, "activate", "N", null));

        EventsDriver.CheckMatrix(DriverTestData.Events(Uuid, "order-delayed"), DriverTestData.Exchange(200, "[]"), state, DriverTestData.Matrix());
    }
}
