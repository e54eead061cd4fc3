namespace Covage.Conformance.Running;

/// <summary>Cucumber tag expressions: <c>@a and not (@b or @c)</c>; <c>not</c> binds tighter than <c>and</c>, which binds tighter than <c>or</c>.</summary>
internal sealed class TagExpression
{
    private readonly Func<ISet<string>, bool> _evaluate;

    private TagExpression(Func<ISet<string>, bool> evaluate, string text)
    {
        _evaluate = evaluate;
        Text = text;
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>Parses an expression; an empty one matches everything.</summary>
    public static TagExpression Parse(string text)
    {
        var tokens = Tokenize(text);
        if (tokens.Count == 0)
        {
            return new TagExpression(_ => true, text);
        }

        var position = 0;
        var expression = ParseOr(tokens, ref position, text);
        if (position != tokens.Count)
        {
            throw new FormatException($"Tag expression \"{text}\": unexpected \"{tokens[position]}\".");
        }

        return new TagExpression(expression, text);
    }

    /// <summary>Whether a scenario with these tags (with or without @) matches.</summary>
    public bool Matches(IEnumerable<string> tags) =>
        _evaluate(new HashSet<string>(tags.Select(t => t.StartsWith('@') ? t : "@" + t), StringComparer.Ordinal));

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = "";
        foreach (var c in text)
        {
            if (c is '(' or ')' || char.IsWhiteSpace(c))
            {
                if (current.Length > 0)
                {
                    tokens.Add(current);
                    current = "";
                }

                if (c is '(' or ')')
                {
                    tokens.Add(c.ToString());
                }
            }
            else
            {
                current += c;
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current);
        }

        return tokens;
    }

    private static Func<ISet<string>, bool> ParseOr(List<string> tokens, ref int position, string text)
    {
        var left = ParseAnd(tokens, ref position, text);
        while (position < tokens.Count && tokens[position] == "or")
        {
            position++;
            var right = ParseAnd(tokens, ref position, text);
            var l = left;
            left = tags => l(tags) || right(tags);
        }

        return left;
    }

    private static Func<ISet<string>, bool> ParseAnd(List<string> tokens, ref int position, string text)
    {
        var left = ParseNot(tokens, ref position, text);
        while (position < tokens.Count && tokens[position] == "and")
        {
            position++;
            var right = ParseNot(tokens, ref position, text);
            var l = left;
            left = tags => l(tags) && right(tags);
        }

        return left;
    }

    private static Func<ISet<string>, bool> ParseNot(List<string> tokens, ref int position, string text)
    {
        if (position >= tokens.Count)
        {
            throw new FormatException($"Tag expression \"{text}\" ends too early.");
        }

        var token = tokens[position++];
        switch (token)
        {
            case "not":
                var inner = ParseNot(tokens, ref position, text);
                return tags => !inner(tags);
            case "(":
                var group = ParseOr(tokens, ref position, text);
                if (position >= tokens.Count || tokens[position++] != ")")
                {
                    throw new FormatException($"Tag expression \"{text}\": missing ')'.");
                }

                return group;
            case ")" or "and" or "or":
                throw new FormatException($"Tag expression \"{text}\": unexpected \"{token}\".");
            default:
                if (!token.StartsWith('@'))
                {
                    throw new FormatException($"Tag expression \"{text}\": \"{token}\" is not a tag (tags start with @).");
                }

                return tags => tags.Contains(token);
        }
    }
}
