using System.Text.RegularExpressions;
using Reqnroll.Bindings;
using Reqnroll.Infrastructure;

namespace Covage.Conformance.Running;

/// <summary>
/// Cucumber's <c>{string}</c>: the text between the quotes with <c>\"</c> and <c>\'</c> unescaped, as
/// every Cucumber implementation (and the kit's engine before Reqnroll) reads it. Reqnroll 3.3 hands
/// the text over with its backslashes, so a body written <c>"{\"a\": 1}"</c> would be sent as
/// <c>{\"a\": 1}</c>: invalid JSON refused for the wrong reason, a scenario passing while checking
/// nothing. Every other argument is Reqnroll's, unchanged.
/// </summary>
internal sealed partial class CucumberStringArguments : IMatchArgumentCalculator
{
    private readonly MatchArgumentCalculator _reqnroll = new();

    public MatchArgument[] CalculateArguments(Match match, StepInstance stepInstance, IStepDefinitionBinding stepDefinitionBinding)
    {
        var arguments = _reqnroll.CalculateArguments(match, stepInstance, stepDefinitionBinding);
        if (stepDefinitionBinding.ExpressionType != StepDefinitionExpressionTypes.CucumberExpression)
        {
            return arguments;
        }

        // One successful group per parameter, in order: the i-th argument is the i-th {parameter}.
        var parameters = Parameters().Matches(stepDefinitionBinding.SourceExpression).Select(m => m.Groups[1].Value).ToList();
        for (var i = 0; i < parameters.Count && i < arguments.Length; i++)
        {
            if (parameters[i] == "string" && arguments[i].Value is string text && text.Contains('\\', StringComparison.Ordinal))
            {
                arguments[i] = new MatchArgument(text.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\'", "'", StringComparison.Ordinal), arguments[i].StartOffset);
            }
        }

        return arguments;
    }

    [GeneratedRegex(@"(?<!\\)\{([^{}]*)\}")]
    private static partial Regex Parameters();
}
