using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Tests.Domain.Outcomes;

public sealed class OutcomeTests
{
    private static readonly Refusal Refused = Refusal.Invalid("ORD-TYPE", "type", "This field is required.");

    [Fact]
    public void TryGetValue_Value_GivesItAndNoRefusal()
    {
        Outcome<string> outcome = "done";

        Assert.True(outcome.TryGetValue(out var value));
        Assert.Equal("done", value);
        Assert.False(outcome.TryGetRefusal(out var refusal));
        Assert.Null(refusal);
    }

    [Fact]
    public void TryGetRefusal_Refusal_GivesItAndNoValue()
    {
        Outcome<string> outcome = Refused;

        Assert.True(outcome.TryGetRefusal(out var refusal));
        Assert.Same(Refused, refusal);
        Assert.False(outcome.TryGetValue(out var value));
        Assert.Null(value);
    }

    [Fact]
    public void Default_AnyRead_Throws()
    {
        var outcome = default(Outcome<string>);

        Assert.Throws<InvalidOperationException>(() => outcome.TryGetValue(out _));
        Assert.Throws<InvalidOperationException>(() => outcome.TryGetRefusal(out _));
        Assert.Throws<InvalidOperationException>(() => outcome.Match(v => v, r => r.Kind.ToString()));
        Assert.Throws<InvalidOperationException>(() => outcome.EnsureSuccess());
    }

    [Fact]
    public void EnsureSuccess_Refusal_ThrowsNamingTheRule()
    {
        Outcome<string> outcome = Refused;

        var error = Assert.Throws<InvalidOperationException>(() => outcome.EnsureSuccess());
        Assert.Contains("ORD-TYPE type: This field is required.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Then_Refusal_PassesThroughWithoutCallingTheNextStep()
    {
        Outcome<string> outcome = Refused;
        var called = false;

        var next = outcome.Then<int>(_ =>
        {
            called = true;
            return 1;
        });

        Assert.False(called);
        Assert.True(next.TryGetRefusal(out var refusal));
        Assert.Same(Refused, refusal);
    }

    [Fact]
    public void Match_Value_CallsTheValueBranch() =>
        Assert.Equal("value done", ((Outcome<string>)"done").Match(v => $"value {v}", _ => "refused"));

    [Fact]
    public void Implicit_NullValue_Throws() => Assert.Throws<ArgumentNullException>(() =>
    {
        Outcome<string> outcome = (string)null!;
        return outcome;
    });
}
