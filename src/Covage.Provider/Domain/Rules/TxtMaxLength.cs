using System.Text.Json.Nodes;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// TXT-MAX-LENGTH (the kit's reading: the pages give no maxima): every text a client sends is at most
/// <see cref="MaxText"/> characters, free comments at most <see cref="MaxLongText"/>, so no request can
/// make the provider store (and serve again to every reader) megabytes in one field. Property names
/// count as text too: unknown keys are kept in some objects (end customer, operator information, the v1
/// enni), and their number is bounded as well (<see cref="MaxUnknownValues"/>), or merge PATCHes could
/// grow an order without end.
/// </summary>
internal static class TxtMaxLength
{
    public const string Id = "TXT-MAX-LENGTH";

    public const int MaxText = 255;

    public const int MaxLongText = 1000;

    /// <summary>
    /// The most values an object may hold under keys the API does not name: each unknown key counts one,
    /// and so does every property and array item nested in its value.
    /// </summary>
    public const int MaxUnknownValues = 20;

    /// <summary>Fields whose last name marks prose rather than a name or a reference.</summary>
    private static readonly HashSet<string> LongTextNames = new(StringComparer.Ordinal)
    {
        "comment", "message", "reason", "description", "reject_description",
    };

    /// <summary>The maximum for the field at <paramref name="path"/> (dotted, arrays as <c>[n]</c>).</summary>
    public static int MaxFor(string path)
    {
        var name = path.AsSpan();
        var dot = name.LastIndexOf('.');
        if (dot >= 0)
        {
            name = name[(dot + 1)..];
        }

        var bracket = name.IndexOf('[');
        if (bracket >= 0)
        {
            name = name[..bracket];
        }

        return MaxForName(name);
    }

    /// <summary>The maximum for a field whose last name (without array indexes) is <paramref name="name"/>.</summary>
    public static int MaxForName(ReadOnlySpan<char> name) =>
        LongTextNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name) ? MaxLongText : MaxText;

    /// <summary>The violation for a value of <paramref name="length"/> characters at <paramref name="path"/>, if it is too long.</summary>
    public static Violation? Check(string path, int length)
    {
        var max = MaxFor(path);
        return length <= max ? null : new(Id, path, $"At most {max} characters; this text has {length}.");
    }

    /// <summary>The violation for a property name of <paramref name="length"/> characters inside <paramref name="parent"/>.</summary>
    public static Violation? CheckName(string parent, int length) =>
        length <= MaxText ? null : new(Id, parent, $"A property name of at most {MaxText} characters; this one has {length}.");

    /// <summary>
    /// The violation naming <paramref name="path"/> when <paramref name="value"/> holds more than
    /// <see cref="MaxUnknownValues"/> values under keys outside <paramref name="known"/>.
    /// </summary>
    public static void CheckUnknownKeys(JsonObject value, string path, IReadOnlyCollection<string> known, List<Violation> violations)
    {
        var count = 0;
        foreach (var (key, member) in value)
        {
            if (!known.Contains(key))
            {
                count += 1 + Nested(member);
            }
        }

        if (count > MaxUnknownValues)
        {
            violations.Add(new(Id, path, $"At most {MaxUnknownValues} values under keys the API does not name (each key and every value nested in it counts); this object would hold {count}."));
        }
    }

    private static int Nested(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Sum(p => 1 + Nested(p.Value)),
        JsonArray array => array.Sum(item => 1 + Nested(item)),
        _ => 0,
    };
}
