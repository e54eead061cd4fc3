namespace Covage.Bdd;

/// <summary>Binds a <c>Then</c> step (and the <c>And</c>/<c>But</c> steps that follow it).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ThenAttribute(string pattern) : StepAttribute(pattern)
{
    /// <inheritdoc />
    public override string? Keyword => "Then";
}
