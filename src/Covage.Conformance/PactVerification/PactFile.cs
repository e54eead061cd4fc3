using System.Text.Json.Nodes;

namespace Covage.Conformance.PactVerification;

/// <summary>A pact file that passed <see cref="PactFileCheck"/>: where it is, its provider, its parsed document.</summary>
internal sealed record PactFile(string Path, string Provider, JsonObject Document);
