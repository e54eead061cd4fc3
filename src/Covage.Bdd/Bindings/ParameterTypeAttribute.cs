namespace Covage.Bdd;

/// <summary>
/// Declares a custom Cucumber-expression parameter type <c>{name}</c>: put it on a public static
/// method of a [Binding] class (which may be a static class) that turns the matched text into a value.
/// Captures of <c>{}</c> and regex groups bound to a parameter of the method's return type use it too.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ParameterTypeAttribute(string name, string regex) : Attribute
{
    /// <summary>The name used in expressions, without braces.</summary>
    public string Name { get; } = name;

    /// <summary>The regular expression the parameter matches.</summary>
    public string Regex { get; } = regex;
}
