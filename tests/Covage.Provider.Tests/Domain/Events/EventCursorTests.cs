using System.Text;
using Covage.Provider.Domain.Events;

namespace Covage.Provider.Tests.Domain.Events;

public sealed class EventCursorTests
{
    /// <summary>Cursors a client could send that this provider never wrote, each described.</summary>
    public static TheoryData<string, string> Tampered => new()
    {
        { "a lone surrogate escape as the date", Base64("""["\ud800",1]""") },
        { "invalid UTF-8 in the date", Convert.ToBase64String([.. "[\""u8, 0xFF, .. "\",1]"u8]) },
        { "a sequence beyond 64 bits", Base64("""["2026-01-01T00:00:00.000000",99999999999999999999]""") },
        { "a sequence that is not an integer", Base64("""["2026-01-01T00:00:00.000000",1e400]""") },
        { "a third element", Base64("""["2026-01-01T00:00:00.000000",1,2]""") },
        { "no sequence", Base64("""["2026-01-01T00:00:00.000000"]""") },
        { "a date past year 9999 in UTC", Base64("""["9999-12-31T23:59:59-14:00",1]""") },
        { "a date before year 1 in UTC", Base64("""["0001-01-01T00:00:00+14:00",1]""") },
        { "not a date", Base64("""["yesterday",1]""") },
        { "an object", Base64("""{"date":"2026-01-01T00:00:00","sequence":1}""") },
        { "deep nesting", Base64(new string('[', 500) + new string(']', 500)) },
        { "trailing garbage", Base64("""["2026-01-01T00:00:00.000000",1] []""") },
        { "empty JSON", Base64("") },
        { "not base64", "%%%%" },
        { "only padding", "====" },
        { "a single character", "a" },
        { "an empty string", "" },
        { "a very long text", new string('A', 100_000) },
    };

    [Theory]
    [MemberData(nameof(Tampered))]
    public void TryDecode_NotACursorOfOurs_IsFalseWithoutThrowing(string description, string text)
    {
        Assert.False(EventCursor.TryDecode(text, out _), description);
    }

    [Fact]
    public void TryDecode_WhatEncodeWrote_GivesTheSameDateAndSequence()
    {
        var date = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero).AddTicks(1230);

        Assert.True(EventCursor.TryDecode(EventCursor.Encode(date, 42), out var cursor));
        Assert.Equal(new EventCursor(date, 42), cursor);
    }

    private static string Base64(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
}
