namespace Covage.Bdd;

/// <summary>
/// Binds a method to Gherkin steps. The pattern is a Cucumber expression, or a regular expression
/// when it starts with <c>^</c> or ends with <c>$</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public abstract class StepAttribute(string pattern) : Attribute
{
    /// <summary>The Cucumber expression or regular expression.</summary>
    public string Pattern { get; } = pattern;

    /// <summary>The keyword the step must have (Given/When/Then), or null for any.</summary>
    public abstract string? Keyword { get; }
}

/// <summary>Binds a <c>Given</c> step (and the <c>And</c>/<c>But</c> after it).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class GivenAttribute(string pattern) : StepAttribute(pattern)
{
    /// <inheritdoc />
    public override string? Keyword => "Given";
}

/// <summary>Binds a <c>When</c> step.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class WhenAttribute(string pattern) : StepAttribute(pattern)
{
    /// <inheritdoc />
    public override string? Keyword => "When";
}

/// <summary>Binds a <c>Then</c> step.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ThenAttribute(string pattern) : StepAttribute(pattern)
{
    /// <inheritdoc />
    public override string? Keyword => "Then";
}

/// <summary>Binds a step whatever its keyword.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class StepDefinitionAttribute(string pattern) : StepAttribute(pattern)
{
    /// <inheritdoc />
    public override string? Keyword => null;
}
