using Covage.Bdd;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Steps;

/// <summary>The kit's own step parameter types: who acts, how far an order got, its technology.</summary>
[Binding]
internal sealed class Parameters
{
    [ParameterType("actor", "the operator|another operator|a user without group|a user of the admin group|an operator without ENNI|an anonymous caller")]
    public static Actor ToActor(string text) => text switch
    {
        "another operator" => Actor.OtherOperator,
        "a user without group" => Actor.Viewer,
        "a user of the admin group" => Actor.Admin,
        "an operator without ENNI" => Actor.NoEnniOperator,
        "an anonymous caller" => Actor.Anonymous,
        _ => Actor.Primary,
    };

    [ParameterType("stage", "draft|complete draft|submitted")]
    public static OrderStage ToStage(string text) => text switch
    {
        "complete draft" => OrderStage.CompleteDraft,
        "submitted" => OrderStage.Submitted,
        _ => OrderStage.Draft,
    };

    [ParameterType("tech", "copper|fiber")]
    public static Technology ToTechnology(string text) => text == "fiber" ? Technology.Fiber : Technology.Copper;
}
