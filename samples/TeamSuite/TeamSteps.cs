using Reqnroll;

namespace TeamSuite;

/// <summary>A step of the team's own, next to the kit's: bindings from both assemblies meet in one scenario.</summary>
[Binding]
public sealed class TeamSteps(ScenarioContext scenario)
{
    [Given("our team works for the first operator")]
    public void OurOperator() => scenario["team"] = "alpha";
}
