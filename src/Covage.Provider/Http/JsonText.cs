using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Http;

/// <summary>
/// One pass over a request body before it becomes a tree: every string and property name must be
/// real text (valid UTF-8, no unpaired surrogate escape such as <c>\ud800</c>) and within
/// <see cref="TxtMaxLength"/>. System.Text.Json checks neither until a handler reads the value,
/// and then throws; here each problem is named by its JSON path instead.
/// </summary>
internal static class JsonText
{
    public const string EncodingRuleId = "ERR-ENVELOPE";

    private const string NotText = "Not valid text: the value holds bytes that are not UTF-8, or an unpaired surrogate escape (\\ud800 to \\udfff).";

    /// <summary>The problems of every string of <paramref name="json"/>; throws <see cref="JsonException"/> when it is not JSON at all.</summary>
    public static List<Violation> Check(ReadOnlySpan<byte> json, int maxDepth)
    {
        var violations = new List<Violation>();
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var top = frames[^1];
                    var name = ReadName(ref reader);
                    // The path is made only for a violation: most bodies have none.
                    var parentDepth = frames.Count - 1;
                    if (name is null)
                    {
                        violations.Add(new(EncodingRuleId, PathOf(frames, parentDepth), $"A property name is not valid text: it holds bytes that are not UTF-8, or an unpaired surrogate escape."));
                        top.Name = "?";
                    }
                    else
                    {
                        if (CountCharacters(name) is var nameLength && nameLength > TxtMaxLength.MaxText
                            && TxtMaxLength.CheckName(PathOf(frames, parentDepth), nameLength) is { } tooLong)
                        {
                            violations.Add(tooLong);
                        }

                        top.Name = name;
                    }

                    frames[^1] = top;
                    break;
                case JsonTokenType.StartObject:
                    frames.Add(new Frame(IsArray: false));
                    break;
                case JsonTokenType.StartArray:
                    frames.Add(new Frame(IsArray: true));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    Next(frames);
                    break;
                case JsonTokenType.String:
                    var length = StringLength(ref reader);
                    // The path is made only for a violation: most bodies have none.
                    if (length < 0)
                    {
                        violations.Add(new(EncodingRuleId, PathOf(frames, frames.Count), NotText));
                    }
                    else if (length > TxtMaxLength.MaxForName(LastName(frames))
                        && TxtMaxLength.Check(PathOf(frames, frames.Count), length) is { } tooLong)
                    {
                        violations.Add(tooLong);
                    }

                    Next(frames);
                    break;
                default:
                    Next(frames);
                    break;
            }
        }

        return violations;
    }

    /// <summary>A property name, or null when it is not valid text.</summary>
    private static string? ReadName(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return Utf8.IsValid(reader.ValueSpan) ? Encoding.UTF8.GetString(reader.ValueSpan) : null;
        }

        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The number of characters (Unicode scalar values) of a string value, or -1 when it is not valid text.</summary>
    private static int StringLength(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            var span = reader.ValueSpan;
            if (!Utf8.IsValid(span))
            {
                return -1;
            }

            // In valid UTF-8 every character starts with exactly one byte that is not a continuation byte.
            var count = 0;
            foreach (var b in span)
            {
                if ((b & 0xC0) != 0x80)
                {
                    count++;
                }
            }

            return count;
        }

        try
        {
            return CountCharacters(reader.GetString()!);
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    }

    private static int CountCharacters(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static void Next(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            var top = frames[^1];
            top.Index++;
            frames[^1] = top;
        }
    }

    /// <summary>The name the current value's limit depends on: that of the innermost object member, array indexes aside (as <see cref="TxtMaxLength.MaxFor"/> reads a path).</summary>
    private static string LastName(List<Frame> frames)
    {
        for (var i = frames.Count - 1; i >= 0; i--)
        {
            if (!frames[i].IsArray)
            {
                return frames[i].Name ?? "";
            }
        }

        return "";
    }

    /// <summary>The dotted path of the current value of frame <c>count - 1</c>: <c>end_customer.contact.email</c>, <c>endpoints[0].endpoint_ref</c>.</summary>
    private static string PathOf(List<Frame> frames, int count)
    {
        var path = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var frame = frames[i];
            if (frame.IsArray)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else
            {
                if (path.Length > 0)
                {
                    path.Append('.');
                }

                path.Append(frame.Name);
            }
        }

        return path.Length == 0 ? "body" : path.ToString();
    }

    /// <summary>One open object or array: the name or index of the value being read in it.</summary>
    private record struct Frame(bool IsArray)
    {
        public int Index { get; set; }

        public string? Name { get; set; }
    }
}
