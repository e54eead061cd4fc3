namespace Covage.Bdd;

/// <summary>Binds a <c>When</c> step (and the <c>And</c>/<c>But</c> steps that follow it).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class WhenAttribute(string pattern) : StepAttribute(pattern)
{
    /// <inheritdoc />
    public override string? Keyword => "When";
}
