namespace Covage.Bdd;

/// <summary>
/// Runs before each scenario whose tags match (every scenario when no tags are given). Each argument is a tag expression (<c>@simulator and not @v1</c>); the hook runs when any of
/// them matches. Hooks run by ascending <see cref="Order"/>, then by class and declaration order.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BeforeScenarioAttribute(params string[] tags) : Attribute
{
    /// <summary>The tag expressions, any of which selects a scenario; none selects all.</summary>
    public IReadOnlyList<string> Tags { get; } = tags;

    /// <summary>Lower runs first; the default leaves room on both sides.</summary>
    public int Order { get; set; } = 10000;
}
