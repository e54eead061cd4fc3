using System.Text.Json.Nodes;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Http;

/// <summary>One call the kit makes.</summary>
internal sealed record ApiRequest(HttpMethod Method, string Path)
{
    public JsonNode? Body { get; init; }

    /// <summary>Sent as-is (malformed JSON tests); wins over <see cref="Body"/>.</summary>
    public string? RawBody { get; init; }

    public string ContentType { get; init; } = "application/json";

    /// <summary>Whose token goes in the Authorization header.</summary>
    public Actor Actor { get; init; } = Actor.Primary;

    /// <summary>Overrides <see cref="Actor"/> entirely (e.g. "Bearer nonsense").</summary>
    public string? AuthorizationHeader { get; init; }

    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>The request breaks the API on purpose: its body is not schema-checked (the answer still is).</summary>
    public bool DeliberatelyInvalid { get; init; }
}
