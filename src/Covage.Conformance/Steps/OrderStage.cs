namespace Covage.Conformance.Steps;

/// <summary>How far a Given step takes a new order: a bare draft, a draft with every field submit needs, or submitted.</summary>
internal enum OrderStage
{
    Draft,
    CompleteDraft,
    Submitted,
}
