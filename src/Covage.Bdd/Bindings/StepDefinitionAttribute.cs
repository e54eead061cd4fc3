namespace Covage.Bdd;

/// <summary>Binds a step whatever its keyword.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class StepDefinitionAttribute(string pattern) : StepAttribute(pattern)
{
    /// <inheritdoc />
    public override string? Keyword => null;
}
