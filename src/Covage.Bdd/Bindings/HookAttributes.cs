namespace Covage.Bdd;

/// <summary>Runs before each scenario whose tags match the tag expression (all scenarios when empty).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BeforeScenarioAttribute(string tagExpression = "") : Attribute
{
    /// <summary>The tag expression, e.g. <c>@simulator and not @v1</c>.</summary>
    public string TagExpression { get; } = tagExpression;
}

/// <summary>Runs after each matching scenario, even one that failed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AfterScenarioAttribute(string tagExpression = "") : Attribute
{
    /// <summary>The tag expression, e.g. <c>@simulator</c>.</summary>
    public string TagExpression { get; } = tagExpression;
}
