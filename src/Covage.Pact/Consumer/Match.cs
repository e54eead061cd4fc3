using System.Text.Json;
using System.Text.Json.Nodes;

namespace Covage.Pact.Consumer;

/// <summary>
/// Matching rules written as the engine's integration JSON (<c>pact:matcher:type</c> objects). Put the
/// result anywhere in a JSON body, or pass it as a header, query or path value.
/// </summary>
public static class Match
{
    private const string MatcherKey = "pact:matcher:type";

    /// <summary>Any value of the same JSON type as <paramref name="example"/> (Pact "like").</summary>
    public static JsonObject Type(object? example) => Matcher("type", example);

    /// <summary>A string matching <paramref name="pattern"/> (Pact "term").</summary>
    public static JsonObject Regex(string pattern, string example)
    {
        var m = Matcher("regex", example);
        m["regex"] = pattern;
        return m;
    }

    /// <summary>A date-time in the given engine format, e.g. <c>yyyy-MM-dd'T'HH:mm:ssXXX</c>.</summary>
    public static JsonObject DateTime(string format, string example) => Formatted("datetime", format, example);

    /// <summary>A date in the given engine format, e.g. <c>yyyy-MM-dd</c>.</summary>
    public static JsonObject Date(string format, string example) => Formatted("date", format, example);

    /// <summary>A time in the given engine format, e.g. <c>HH:mm:ss</c>.</summary>
    public static JsonObject Time(string format, string example) => Formatted("time", format, example);

    /// <summary>An array of at least <paramref name="min"/> items, each like <paramref name="example"/>.</summary>
    public static JsonObject MinType(object? example, int min)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(min);
        var m = ArrayMatcher(example, Math.Max(1, min));
        m["min"] = min;
        return m;
    }

    /// <summary>An array of at most <paramref name="max"/> items, each like <paramref name="example"/>.</summary>
    public static JsonObject MaxType(object? example, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var m = ArrayMatcher(example, 1);
        m["max"] = max;
        return m;
    }

    /// <summary>An array of <paramref name="min"/> to <paramref name="max"/> items, each like <paramref name="example"/>.</summary>
    public static JsonObject MinMaxType(object? example, int min, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(min);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, Math.Max(1, min));
        var m = ArrayMatcher(example, Math.Max(1, min));
        m["min"] = min;
        m["max"] = max;
        return m;
    }

    /// <summary>An array of at least one item, each like <paramref name="example"/>.</summary>
    public static JsonObject EachLike(object? example) => MinType(example, 1);

    /// <summary>A string containing <paramref name="substring"/>.</summary>
    public static JsonObject Include(string substring) => Matcher("include", substring);

    /// <summary>An integer (any value).</summary>
    public static JsonObject WholeNumber(long example) => Matcher("integer", example);

    /// <summary>A number with a fractional part (any value).</summary>
    public static JsonObject DecimalNumber(double example) => Matcher("decimal", example);

    /// <summary>Any number.</summary>
    public static JsonObject Number(double example) => Matcher("number", example);

    /// <summary>Any boolean.</summary>
    public static JsonObject Boolean(bool example) => Matcher("boolean", example);

    /// <summary>Exactly <paramref name="value"/>, even inside a <see cref="Type"/> matcher.</summary>
    public static JsonObject Equality(object? value) => Matcher("equality", value);

    /// <summary>A JSON null.</summary>
    public static JsonObject Null() => new() { [MatcherKey] = "null" };

    /// <summary>A lower-case UUID string.</summary>
    public static JsonObject Uuid(string example) =>
        Regex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", example);

    internal static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, PactJson.Options),
    };

    private static JsonObject Matcher(string type, object? example) => new()
    {
        [MatcherKey] = type,
        ["value"] = ToNode(example),
    };

    private static JsonObject Formatted(string type, string format, string example)
    {
        var m = Matcher(type, example);
        m["format"] = format;
        return m;
    }

    private static JsonObject ArrayMatcher(object? example, int count)
    {
        var items = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            items.Add(ToNode(example));
        }

        return new JsonObject { [MatcherKey] = "type", ["value"] = items };
    }
}
