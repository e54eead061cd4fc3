using Covage.Conformance.Drivers;

namespace Covage.Conformance.Tests.Drivers;

public class TextValueTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData(@"a\tb", "a\tb")]
    [InlineData(@"a\u00A0b", "a\u00A0b")]
    [InlineData(@"\U0001F600", "😀")]
    [InlineData(@"a\\b", @"a\b")]
    [InlineData(@"a\u00Zb", @"a\u00Zb")]
    [InlineData(@"end\", @"end\")]
    public void Decode_Escapes_BecomeCharacters(string text, string expected) => Assert.Equal(expected, TextValue.Decode(text));
}
