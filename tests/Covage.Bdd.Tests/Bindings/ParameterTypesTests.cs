using Covage.Bdd.Bindings;

namespace Covage.Bdd.Tests.Bindings;

public sealed class ParameterTypesTests
{
    private static readonly ParameterTypes Types = new([typeof(Custom)]);

    public enum Kind
    {
        Copper,
        FiberPro,
    }

    [Theory]
    [InlineData("string", "\"a b\"", typeof(string), "a b")]
    [InlineData("string", "'it\\'s'", typeof(string), "it's")]
    [InlineData("string", "\"say \\\"hi\\\"\"", typeof(string), "say \"hi\"")]
    [InlineData("int", "-3", typeof(int), -3)]
    [InlineData("int", "3", typeof(int?), 3)]
    [InlineData("long", "4000000000", typeof(long), 4000000000L)]
    [InlineData("float", "2.5", typeof(double), 2.5)]
    [InlineData("word", "fiber-pro", typeof(Kind), Kind.FiberPro)]
    [InlineData("word", "COPPER", typeof(Kind), Kind.Copper)]
    [InlineData("", "fiber pro", typeof(Kind), Kind.FiberPro)]
    [InlineData("word", "yes", typeof(bool), true)]
    [InlineData("word", "False", typeof(bool), false)]
    [InlineData("word", "abc", typeof(string), "abc")]
    [InlineData("int", "12", typeof(string), "12")]
    public void Convert_BuiltInTypes_GiveTheParameterType(string name, string text, Type target, object expected)
    {
        Assert.Equal(expected, Types.Convert(name, text, target));
    }

    [Fact]
    public void Convert_Decimal_KeepsPrecision()
    {
        Assert.Equal(0.1m, Types.Convert("float", "0.1", typeof(decimal)));
    }

    [Fact]
    public void Convert_CustomType_UsesItsMethodAlsoForRegexCaptures()
    {
        Assert.Equal(new Custom.Reference("IMB/76540/X/043X"), Types.Convert("reference", "IMB/76540/X/043X", typeof(Custom.Reference)));
        Assert.Equal(new Custom.Reference("R1"), Types.Convert("", "R1", typeof(Custom.Reference)));
    }

    [Theory]
    [InlineData("word", "maybe", typeof(bool), "'maybe' is not a boolean")]
    [InlineData("word", "Gold", typeof(Kind), "'Gold' is not a Kind (Copper, FiberPro)")]
    [InlineData("word", "5", typeof(Kind), "'5' is not a Kind")]
    public void Convert_BadText_ThrowsFormatExceptionNamingTheValue(string name, string text, Type target, string message)
    {
        var error = Assert.Throws<FormatException>(() => Types.Convert(name, text, target));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("int", typeof(int), true)]
    [InlineData("int", typeof(decimal), true)]
    [InlineData("string", typeof(Kind), true)]
    [InlineData("reference", typeof(Custom.Reference), true)]
    [InlineData("reference", typeof(object), true)]
    [InlineData("reference", typeof(string), false)]
    [InlineData("", typeof(Custom.Reference), true)]
    [InlineData("word", typeof(Stream), false)]
    public void Check_ParameterFits_OnlyForConvertibleTypes(string name, Type target, bool fits)
    {
        Assert.Equal(fits, Types.Check(name, target) is null);
    }

    [Fact]
    public void Constructor_DuplicateOrBuiltInName_IsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ParameterTypes([typeof(Custom), typeof(Clashing)]));

        Assert.Contains("{reference} is already declared", error.Message, StringComparison.Ordinal);
        Assert.Contains("'int' cannot name a custom parameter type", error.Message, StringComparison.Ordinal);
    }

    private static class Custom
    {
        [ParameterType("reference", @"[A-Z0-9/]+")]
        public static Reference ToReference(string text) => new(text);

        public sealed record Reference(string Value);
    }

    private static class Clashing
    {
        [ParameterType("reference", "x")]
        public static string Again(string text) => text;

        [ParameterType("int", "x")]
        public static string Int(string text) => text;
    }
}
