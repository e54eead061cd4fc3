namespace Covage.Bdd.Tests.Running;

public sealed class BindingValidationTests
{
    [Theory]
    [InlineData(typeof(TooFewParameters), "TooFewParameters.Apples", "captures 2 value(s) but the method takes 1")]
    [InlineData(typeof(UnsupportedParameter), "UnsupportedParameter.Stream", "a Stream parameter cannot take {word}")]
    [InlineData(typeof(WrongReturn), "WrongReturn.Number", "returns Int32")]
    [InlineData(typeof(WrongCustomType), "WrongCustomType.Ball", "{ball-colour} gives a String, which does not fit a Int32 parameter")]
    [InlineData(typeof(UnknownParameterType), "UnknownParameterType.Ice", "unknown parameter type {flavour}")]
    [InlineData(typeof(HookWithParameter), "HookWithParameter.Before", "takes no parameters")]
    [InlineData(typeof(HookWithBadTags), "HookWithBadTags.After", "@a and")]
    [InlineData(typeof(UnclosedOptional), "UnclosedOptional.Works", "unclosed '('")]
    [InlineData(typeof(TableNotLast), "TableNotLast.Rows", "DataTable and DocString come last")]
    public void Constructor_InvalidBinding_ThrowsNamingTheMethod(Type binding, string method, string problem)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ScenarioRunner(new RunOptions(), [binding]));

        Assert.Contains(method, error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SeveralInvalidBindings_ListsThemAll()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ScenarioRunner(new RunOptions(), [typeof(TooFewParameters), typeof(WrongReturn)]));

        Assert.Contains("TooFewParameters.Apples", error.Message, StringComparison.Ordinal);
        Assert.Contains("WrongReturn.Number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BindingAssembly_ScansOnlyBindingClasses()
    {
        var runner = new ScenarioRunner(new RunOptions { BindingAssemblies = [typeof(BindingValidationTests).Assembly] });

        Assert.NotNull(runner);
    }
}
