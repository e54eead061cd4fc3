using Covage.Conformance.Drivers;

namespace Covage.Conformance.Tests.Drivers;

public class EventMatrixTests
{
    [Fact]
    public void FromFeature_Table_ReadsKindColumnsMarksStatusAndData()
    {
        var matrix = DriverTestData.Matrix();

        Assert.Equal(["copper activate", "copper line building", "terminate", "fiber pro"], matrix.Columns);
        Assert.Equal(EventVerdict.Allowed, matrix.Verdict("copper activate", "order-delayed"));
        Assert.Equal(EventVerdict.Forbidden, matrix.Verdict("fiber pro", "order-delayed"));
        Assert.Equal(EventVerdict.NotJudged, matrix.Verdict("terminate", "order-quote"));
        Assert.Null(matrix.Verdict("terminate", "order-teleported"));
        Assert.Equal("submitted", matrix.StatusOf("order-submitted"));
        Assert.Null(matrix.StatusOf("order-info"));
        Assert.Equal("hi", matrix.DataOf("order-info")!["message"]!.GetValue<string>());
    }

    [Fact]
    public void Constructor_UnknownMark_ThrowsNamingRowAndColumn()
    {
        IReadOnlyList<IReadOnlyList<string>> table = [["event", "terminate"], ["order-info", "yes"]];

        var error = Assert.Throws<FormatException>(() => new EventMatrix(table));

        Assert.Contains("order-info", error.Message, StringComparison.Ordinal);
        Assert.Contains("terminate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DuplicateEvent_Throws()
    {
        IReadOnlyList<IReadOnlyList<string>> table = [["event", "terminate"], ["order-info", "X"], ["order-info", ""]];

        Assert.Throws<FormatException>(() => new EventMatrix(table));
    }

    [Fact]
    public void FromFeature_NoEventTable_Throws()
    {
        const string text = "Feature: f\n  Scenario: s\n    Given nothing\n";

        Assert.Throws<FormatException>(() => EventMatrix.FromFeature("x.feature", text));
    }

    [Fact]
    public void Load_TheKitsFeature_HasEveryKindAndEveryStatusEvent()
    {
        var matrix = EventMatrixSource.Load(Path.Combine(AppContext.BaseDirectory, "features", EventMatrix.FileName));

        Assert.Equal([OrderKinds.CopperActivate, OrderKinds.CopperLineBuilding, OrderKinds.Terminate, OrderKinds.FiberPro], matrix.Columns);
        Assert.Equal(6, matrix.Events.Count(e => matrix.StatusOf(e) is not null));
    }

    [Theory]
    [InlineData("fiber pro", "EVT-FIBER-SET")]
    [InlineData("terminate", "EVT-MATRIX")]
    [InlineData("copper activate", "EVT-MATRIX")]
    public void RuleOf_Column_NamesTheRule(string column, string rule) => Assert.Equal(rule, EventMatrix.RuleOf(column));
}
