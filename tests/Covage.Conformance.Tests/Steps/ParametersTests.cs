using Covage.Conformance.Steps;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Tests.Steps;

public class ParametersTests
{
    [Theory]
    [InlineData("the operator", nameof(Actor.Primary))]
    [InlineData("another operator", nameof(Actor.OtherOperator))]
    [InlineData("a user without group", nameof(Actor.Viewer))]
    [InlineData("an operator without ENNI", nameof(Actor.NoEnniOperator))]
    [InlineData("an anonymous caller", nameof(Actor.Anonymous))]
    public void ToActor_StepText_GivesTheActor(string text, string actor) => Assert.Equal(actor, Parameters.ToActor(text).ToString());

    [Theory]
    [InlineData("draft", nameof(OrderStage.Draft))]
    [InlineData("complete draft", nameof(OrderStage.CompleteDraft))]
    [InlineData("submitted", nameof(OrderStage.Submitted))]
    public void ToStage_StepText_GivesTheStage(string text, string stage) => Assert.Equal(stage, Parameters.ToStage(text).ToString());
}
