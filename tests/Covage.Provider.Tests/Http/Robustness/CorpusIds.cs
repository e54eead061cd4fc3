namespace Covage.Provider.Tests.Http.Robustness;

/// <summary>The real ids the corpus aims at (made before it runs), so that refusals happen deep in the handlers too.</summary>
internal sealed record CorpusIds(
    string Token,
    string Key,
    string Draft,
    string Submitted,
    string FiberCreateDraft,
    string FiberBound,
    string DefinedDraft,
    string DefinedEndpoint,
    string Event,
    string OperatorUuid,
    string Building)
{
    public string Fill(string path) => path
        .Replace("{draft}", Draft, StringComparison.Ordinal)
        .Replace("{submitted}", Submitted, StringComparison.Ordinal)
        .Replace("{fiber-create}", FiberCreateDraft, StringComparison.Ordinal)
        .Replace("{bound}", FiberBound, StringComparison.Ordinal)
        .Replace("{defined}", DefinedDraft, StringComparison.Ordinal)
        .Replace("{endpoint}", DefinedEndpoint, StringComparison.Ordinal)
        .Replace("{event}", Event, StringComparison.Ordinal)
        .Replace("{building}", Building, StringComparison.Ordinal);
}
