using System.Text.Json.Nodes;

namespace Covage.Provider.Tests.Http.Robustness;

/// <summary>How an endpoint is called: which credentials it needs.</summary>
internal enum Caller
{
    /// <summary>No credentials (log-in, console, OpenAPI).</summary>
    Public,

    /// <summary>An operator's bearer token.</summary>
    Operator,

    /// <summary>The simulator key (control API).</summary>
    Control,
}

/// <summary>
/// One endpoint of the corpus: its method and path (with <c>{draft}</c>-style ids), who calls it, whether
/// it writes (then every poisoned call of it must be refused, whatever the poison), the body the poisons
/// spoil, the fields whose JSON type it checks, the methods its path has, query strings to try, and
/// whether an empty body is a valid call (then it is no poison).
/// </summary>
internal sealed record CorpusEndpoint(
    string Method,
    string Path,
    Caller Caller,
    bool Writes,
    JsonObject? Body = null,
    string[]? TypedFields = null,
    string[]? PathMethods = null,
    string[]? Queries = null,
    bool EmptyBodyIsValid = false)
{
    public bool ReadsBody => Body is not null;

    public string Name => $"{Method} {Path}";
}
