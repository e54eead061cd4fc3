namespace Covage.Bdd.Tests.Running;

// Each class holds one mistake; the tests bind them one at a time, so they never reach [Binding] scans.

internal sealed class TooFewParameters
{
    [Given("I have {int} apples and {int} pears")]
    public void Apples(int apples) => _ = apples;
}

internal sealed class UnsupportedParameter
{
    [Given("a stream {word}")]
    public void Stream(Stream stream) => _ = stream;
}

internal sealed class WrongReturn
{
    [Given("a number")]
    public int Number() => 1;
}

internal sealed class WrongCustomType
{
    [ParameterType("ball-colour", "red|green")]
    public static string ToColour(string text) => text.ToUpperInvariant();

    [Given("a {ball-colour} ball")]
    public void Ball(int colour) => _ = colour;
}

internal sealed class UnknownParameterType
{
    [Given("a {flavour} ice")]
    public void Ice(string flavour) => _ = flavour;
}

internal sealed class HookWithParameter
{
    [BeforeScenario]
    public void Before(string text) => _ = text;
}

internal sealed class HookWithBadTags
{
    [AfterScenario("@a and")]
    public void After()
    {
    }
}

internal sealed class UnclosedOptional
{
    [Then("it works(s")]
    public void Works()
    {
    }
}

internal sealed class TableNotLast
{
    [Then("the rows {int}")]
    public void Rows(DataTable table, int count) => _ = (table, count);
}
