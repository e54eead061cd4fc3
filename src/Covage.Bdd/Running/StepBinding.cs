using System.Reflection;
using System.Text.RegularExpressions;
using Covage.Bdd.Bindings;

namespace Covage.Bdd.Running;

/// <summary>One step method and the compiled pattern that selects it.</summary>
internal sealed record StepBinding(
    string Pattern,
    string? Keyword,
    Regex Regex,
    bool IsExpression,
    IReadOnlyList<string> ParameterTypes,
    MethodInfo Method,
    Type? TrailingArgument)
{
    /// <summary>Literal text every matching step starts with; checked before the regex.</summary>
    public string Prefix { get; } = IsExpression ? CucumberExpression.LiteralPrefix(Pattern) : "";

    public string Describe() => $"{Method.DeclaringType?.FullName}.{Method.Name} [{Keyword ?? "StepDefinition"}(\"{Pattern}\")]";

    /// <summary>The captured texts, in parameter order.</summary>
    public string[] Captures(Match match)
    {
        var captures = new string[ParameterTypes.Count];
        for (var i = 0; i < captures.Length; i++)
        {
            captures[i] = (IsExpression ? match.Groups[$"p{i}"] : match.Groups[i + 1]).Value;
        }

        return captures;
    }
}
