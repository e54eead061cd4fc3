using System.Text;
using System.Text.RegularExpressions;

namespace Covage.Bdd.Bindings;

/// <summary>
/// Compiles Cucumber expressions to regular expressions: <c>{string}</c>, <c>{int}</c>, <c>{float}</c>,
/// <c>{word}</c>, <c>{}</c>, custom <c>{name}</c>, optional text <c>(s)</c>, alternatives <c>a/an</c>
/// and backslash escapes.
/// </summary>
internal static class CucumberExpression
{
    public static bool IsRegex(string pattern) => pattern.StartsWith('^') || pattern.EndsWith('$');

    /// <summary>Returns the regex and the parameter type name of each capture, in order.</summary>
    public static (Regex Regex, IReadOnlyList<string> Parameters) Compile(string expression, ParameterTypes types)
    {
        if (IsRegex(expression))
        {
            var regex = new Regex(expression, RegexOptions.CultureInvariant | RegexOptions.Compiled);
            return (regex, [.. Enumerable.Repeat("", regex.GetGroupNumbers().Length - 1)]);
        }

        var pattern = new StringBuilder("^");
        var parameters = new List<string>();
        foreach (var segment in SplitKeepingSpaces(expression))
        {
            if (segment == " ")
            {
                pattern.Append(' ');
                continue;
            }

            var alternatives = SplitUnescaped(segment, '/');
            if (alternatives.Count > 1 && !segment.Contains('{', StringComparison.Ordinal))
            {
                pattern.Append("(?:").Append(string.Join('|', alternatives.Select(a => Literal(a, types, parameters)))).Append(')');
            }
            else
            {
                pattern.Append(Literal(segment, types, parameters));
            }
        }

        pattern.Append('$');
        return (new Regex(pattern.ToString(), RegexOptions.CultureInvariant | RegexOptions.Compiled), parameters);
    }

    private static string Literal(string text, ParameterTypes types, List<string> parameters)
    {
        var result = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                result.Append(Regex.Escape(text[++i].ToString()));
            }
            else if (c == '{')
            {
                var end = text.IndexOf('}', i);
                if (end < 0)
                {
                    throw new ArgumentException($"Unclosed '{{' in Cucumber expression \"{text}\".");
                }

                var name = text[(i + 1)..end];
                // Named groups: a custom type's own groups cannot shift the captures.
                result.Append("(?<p").Append(parameters.Count).Append('>').Append(types.RegexFor(name)).Append(')');
                parameters.Add(name);
                i = end;
            }
            else if (c == '(')
            {
                var end = text.IndexOf(')', i);
                if (end < 0)
                {
                    throw new ArgumentException($"Unclosed '(' in Cucumber expression \"{text}\".");
                }

                result.Append("(?:").Append(Regex.Escape(text[(i + 1)..end])).Append(")?");
                i = end;
            }
            else
            {
                result.Append(Regex.Escape(c.ToString()));
            }
        }

        return result.ToString();
    }

    private static List<string> SplitKeepingSpaces(string expression)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '\\' && i + 1 < expression.Length)
            {
                current.Append(c).Append(expression[++i]);
                continue;
            }

            depth += c is '{' or '(' ? 1 : c is '}' or ')' ? -1 : 0;
            if (c == ' ' && depth == 0)
            {
                if (current.Length > 0)
                {
                    parts.Add(current.ToString());
                    current.Clear();
                }

                parts.Add(" ");
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        return parts;
    }

    private static List<string> SplitUnescaped(string text, char separator)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                current.Append(text[i]).Append(text[++i]);
            }
            else if (text[i] == separator)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(text[i]);
            }
        }

        parts.Add(current.ToString());
        return parts;
    }
}
