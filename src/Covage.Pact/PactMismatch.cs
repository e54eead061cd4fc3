namespace Covage.Pact;

/// <summary>
/// One difference the engine found, in plain words: what kind (<c>BodyMismatch</c>, <c>StatusMismatch</c>,
/// <c>HeaderMismatch</c>, <c>QueryMismatch</c>, ...), where, what was expected and what came instead.
/// </summary>
public sealed record PactMismatch(string Type, string? Path, string? Expected, string? Actual, string Description)
{
    public override string ToString()
    {
        var where = string.IsNullOrEmpty(Path) ? "" : $" at {Path}";
        var detail = Description;
        if (string.IsNullOrEmpty(detail))
        {
            detail = $"expected {Expected ?? "nothing"} but got {Actual ?? "nothing"}";
        }

        return $"{Subject}{where}: {detail}";
    }

    /// <summary>What the mismatch is about, in a word or two (status, body, header, query, ...).</summary>
    public string Subject => Type switch
    {
        "StatusMismatch" => "status",
        "BodyMismatch" => "body",
        "BodyTypeMismatch" => "body type",
        "HeaderMismatch" => "header",
        "QueryMismatch" => "query",
        "PathMismatch" => "path",
        "MethodMismatch" => "method",
        "MetadataMismatch" => "metadata",
        _ => Type,
    };
}
