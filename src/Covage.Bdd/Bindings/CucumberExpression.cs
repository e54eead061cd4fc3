using System.Text;
using System.Text.RegularExpressions;

namespace Covage.Bdd.Bindings;

/// <summary>
/// Compiles a binding pattern to one anchored regular expression: Cucumber expressions
/// (<c>{string}</c>, <c>{int}</c>, <c>{float}</c>, <c>{word}</c>, <c>{}</c>, custom <c>{name}</c>,
/// optional text <c>(s)</c>, alternatives <c>a/an</c>, backslash escapes) or regular expressions.
/// </summary>
internal static class CucumberExpression
{
    public static bool IsRegex(string pattern) => pattern.StartsWith('^') || pattern.EndsWith('$');

    /// <summary>
    /// Returns the regex and, per capture in order, the parameter type name (empty for <c>{}</c>
    /// and for the groups of a regular expression). Throws <see cref="ArgumentException"/> on a
    /// malformed pattern.
    /// </summary>
    public static (Regex Regex, IReadOnlyList<string> Parameters) Compile(string pattern, ParameterTypes types)
    {
        if (IsRegex(pattern))
        {
            Regex regex;
            try
            {
                // Anchored on both ends: a regex binding must account for the whole step text, as in Reqnroll.
                regex = new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"invalid regular expression \"{pattern}\": {e.Message}", e);
            }

            return (regex, [.. Enumerable.Repeat("", regex.GetGroupNumbers().Length - 1)]);
        }

        var result = new StringBuilder("^");
        var parameters = new List<string>();
        foreach (var word in SplitWords(pattern))
        {
            if (word.Length == 1 && char.IsWhiteSpace(word[0]))
            {
                result.Append(Regex.Escape(word));
                continue;
            }

            var alternatives = SplitAlternatives(word);
            if (alternatives.Count == 1)
            {
                result.Append(Word(word, pattern, types, parameters));
                continue;
            }

            foreach (var alternative in alternatives)
            {
                if (alternative.Length == 0)
                {
                    throw new ArgumentException($"empty alternative in \"{pattern}\"; write '\\/' for a literal slash.");
                }

                if (HasUnescaped(alternative, '{'))
                {
                    throw new ArgumentException($"an alternative may not contain a parameter in \"{pattern}\"; write '\\/' for a literal slash.");
                }
            }

            result.Append("(?:").AppendJoin('|', alternatives.Select(a => Word(a, pattern, types, parameters))).Append(')');
        }

        result.Append('$');
        return (new Regex(result.ToString(), RegexOptions.CultureInvariant), parameters);
    }

    /// <summary>
    /// The literal text every match starts with (empty for regular expressions): a cheap ordinal
    /// check that spares most bindings the regex.
    /// </summary>
    public static string LiteralPrefix(string pattern)
    {
        if (IsRegex(pattern))
        {
            return "";
        }

        var prefix = new StringBuilder();
        foreach (var word in SplitWords(pattern))
        {
            if (word.Length == 1 && char.IsWhiteSpace(word[0]))
            {
                prefix.Append(word);
                continue;
            }

            if (SplitAlternatives(word).Count > 1)
            {
                break;
            }

            foreach (var c in word)
            {
                if (c is '{' or '(' or '\\')
                {
                    return prefix.ToString();
                }

                prefix.Append(c);
            }
        }

        return prefix.ToString();
    }

    /// <summary>Escapes text so that it reads literally inside a Cucumber expression.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '(' or ')' or '{' or '}' or '/')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static string Word(string text, string pattern, ParameterTypes types, List<string> parameters)
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
                    throw new ArgumentException($"unclosed '{{' in \"{pattern}\"; write '\\{{' for a literal brace.");
                }

                var name = text[(i + 1)..end];
                // Named groups: a custom type's own groups cannot shift the captures.
                result.Append("(?<p").Append(parameters.Count).Append(">(?:").Append(types.RegexFor(name)).Append("))");
                parameters.Add(name);
                i = end;
            }
            else if (c == '(')
            {
                var optional = new StringBuilder();
                var closed = false;
                for (i++; i < text.Length; i++)
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        optional.Append(text[++i]);
                    }
                    else if (text[i] == ')')
                    {
                        closed = true;
                        break;
                    }
                    else if (text[i] is '{' or '(')
                    {
                        throw new ArgumentException($"optional text may not contain '{text[i]}' in \"{pattern}\".");
                    }
                    else
                    {
                        optional.Append(text[i]);
                    }
                }

                if (!closed)
                {
                    throw new ArgumentException($"unclosed '(' in \"{pattern}\"; write '\\(' for a literal parenthesis.");
                }

                result.Append("(?:").Append(Regex.Escape(optional.ToString())).Append(")?");
            }
            else
            {
                result.Append(Regex.Escape(c.ToString()));
            }
        }

        return result.ToString();
    }

    /// <summary>Splits at unescaped whitespace outside braces and parentheses; each whitespace character is its own item.</summary>
    private static List<string> SplitWords(string pattern)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                current.Append(c).Append(pattern[++i]);
                continue;
            }

            depth = Math.Max(0, depth + (c is '{' or '(' ? 1 : c is '}' or ')' ? -1 : 0));
            if (char.IsWhiteSpace(c) && depth == 0)
            {
                if (current.Length > 0)
                {
                    parts.Add(current.ToString());
                    current.Clear();
                }

                parts.Add(c.ToString());
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

    /// <summary>Splits a word at unescaped '/' outside braces and parentheses, keeping escapes.</summary>
    private static List<string> SplitAlternatives(string word)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '\\' && i + 1 < word.Length)
            {
                current.Append(c).Append(word[++i]);
                continue;
            }

            depth = Math.Max(0, depth + (c is '{' or '(' ? 1 : c is '}' or ')' ? -1 : 0));
            if (c == '/' && depth == 0)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        parts.Add(current.ToString());
        return parts;
    }

    private static bool HasUnescaped(string text, char wanted)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == wanted)
            {
                return true;
            }
        }

        return false;
    }
}
