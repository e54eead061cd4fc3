namespace Covage.Bdd;

/// <summary>
/// Binds a method to Gherkin steps. The pattern is a Cucumber expression, or a regular expression
/// when it starts with <c>^</c> or ends with <c>$</c> (always matched against the whole step text).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public abstract class StepAttribute(string pattern) : Attribute
{
    /// <summary>The Cucumber expression or regular expression.</summary>
    public string Pattern { get; } = pattern;

    /// <summary>The keyword the step must have (Given/When/Then), or null for any.</summary>
    public abstract string? Keyword { get; }
}
