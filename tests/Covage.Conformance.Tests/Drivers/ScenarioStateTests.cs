namespace Covage.Conformance.Tests.Drivers;

public class ScenarioStateTests
{
    [Fact]
    public void NextOrderRef_TwoOrdersOfOneScenario_Differ()
    {
        var state = DriverTestData.State();

        Assert.NotEqual(state.NextOrderRef(), state.NextOrderRef());
    }

    [Fact]
    public void NextOrderRef_TwoScenarios_Differ() =>
        Assert.NotEqual(DriverTestData.State().NextOrderRef(), DriverTestData.State().NextOrderRef());

    [Fact]
    public void Token_IsInTheCharacterSet() =>
        Assert.Matches("^[0-9a-f]{16}$", DriverTestData.State().Token);

    [Fact]
    public void RuleId_FirstRuleTag_Wins() =>
        Assert.Equal("SUB-EVENT", DriverTestData.State("@v2", "@rule:SUB-EVENT", "@rule:EVT-FIELDS").RuleId);

    [Fact]
    public void RuleId_NoRuleTag_IsKit() => Assert.Equal("KIT", DriverTestData.State("@v2").RuleId);

    [Fact]
    public void Order_NamedOrder_BecomesCurrent()
    {
        var state = DriverTestData.State();
        state.Track("A", DriverTestData.Order("a", "activate", "A", "activate"));
        state.Track("B", DriverTestData.Order("b", "activate", "A", "activate"));

        Assert.Equal("a", state.Order("A").Uuid);
        Assert.Equal("a", state.Order().Uuid);
        Assert.Throws<InvalidOperationException>(() => state.Order("C"));
    }
}
