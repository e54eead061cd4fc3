namespace Covage.Provider.Tests.Http.Robustness;

/// <summary>One malformed request of the corpus, as sent, with what it is meant to break.</summary>
internal sealed record CorpusRequest(
    int Number,
    CorpusEndpoint Endpoint,
    Poison Poison,
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Body,
    string? ContentType,
    string Detail)
{
    public override string ToString() =>
        $"#{Number} {Poison} on {Endpoint.Name}: {Method} {(Path.Length > 160 ? Path[..160] + "…" : Path)} ({Detail})";
}
