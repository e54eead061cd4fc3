using Reqnroll;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Steps;

/// <summary>The kit's own step parameter types: who acts, how far an order got, its technology.</summary>
[Binding]
internal static class Parameters
{
    [StepArgumentTransformation("(the operator|another operator|a user without group|an operator without ENNI|an anonymous caller)", Name = "actor")]
    public static Actor ToActor(string text) => text switch
    {
        "another operator" => Actor.OtherOperator,
        "a user without group" => Actor.Viewer,
        "an operator without ENNI" => Actor.NoEnniOperator,
        "an anonymous caller" => Actor.Anonymous,
        _ => Actor.Primary,
    };

    [StepArgumentTransformation("(draft|complete draft|submitted)", Name = "stage")]
    public static OrderStage ToStage(string text) => text switch
    {
        "complete draft" => OrderStage.CompleteDraft,
        "submitted" => OrderStage.Submitted,
        _ => OrderStage.Draft,
    };

    [StepArgumentTransformation("(copper|fiber)", Name = "tech")]
    public static Technology ToTechnology(string text) => text == "fiber" ? Technology.Fiber : Technology.Copper;
}
