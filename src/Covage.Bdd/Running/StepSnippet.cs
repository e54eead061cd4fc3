using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Covage.Bdd.Bindings;

namespace Covage.Bdd.Running;

/// <summary>The message of an undefined step: where it is, and a binding to paste.</summary>
internal static partial class StepSnippet
{
    public static string Undefined(ScenarioStep step, ScenarioCase scenario, IEnumerable<StepBinding> otherKeywords)
    {
        var pattern = new StringBuilder();
        var parameters = new List<string>();
        var position = 0;
        foreach (Match value in Values().Matches(step.Text))
        {
            pattern.Append(CucumberExpression.Escape(step.Text[position..value.Index]));
            position = value.Index + value.Length;
            var (type, clr) = value.Groups["s"].Success ? ("string", "string")
                : value.Value.Contains('.', StringComparison.Ordinal) ? ("float", "double")
                : ("int", "int");
            pattern.Append('{').Append(type).Append('}');
            parameters.Add($"{clr} p{parameters.Count}");
        }

        pattern.Append(CucumberExpression.Escape(step.Text[position..]));
        if (step.Table is not null)
        {
            parameters.Add("DataTable table");
        }
        else if (step.DocString is not null)
        {
            parameters.Add("DocString docString");
        }

        var literal = pattern.ToString().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        var message = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Undefined step \"{step.Keyword} {step.Text}\" at {scenario.FeaturePath}:{step.Line}")
            .Append(CultureInfo.InvariantCulture, $" (scenario \"{scenario.Name}\"). Suggested binding:{Environment.NewLine}")
            .Append(CultureInfo.InvariantCulture, $"    [{step.Keyword}(\"{literal}\")]{Environment.NewLine}")
            .Append(CultureInfo.InvariantCulture, $"    public void {MethodName(step)}({string.Join(", ", parameters)}) => throw new NotImplementedException();");
        foreach (var other in otherKeywords)
        {
            message.Append(Environment.NewLine).Append(CultureInfo.InvariantCulture, $"Note: {other.Describe()} matches this text but is bound to \"{other.Keyword}\", not \"{step.Keyword}\".");
        }

        return message.ToString();
    }

    private static string MethodName(ScenarioStep step)
    {
        var name = new StringBuilder(step.Keyword);
        foreach (Match word in Words().Matches(Values().Replace(step.Text, " ")))
        {
            name.Append(char.ToUpperInvariant(word.Value[0])).Append(word.Value.AsSpan(1));
            if (name.Length > 60)
            {
                break;
            }
        }

        return name.ToString();
    }

    [GeneratedRegex("""(?<s>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])""", RegexOptions.CultureInvariant)]
    private static partial Regex Values();

    [GeneratedRegex(@"[A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
