using System.Text.Json;
using System.Text.Json.Nodes;

namespace Covage.Conformance.PactVerification;

/// <summary>
/// Reads each pact file before the engine does, so a missing or malformed file is one clear line
/// rather than an engine report.
/// </summary>
internal static class PactFileCheck
{
    /// <summary>The provider name written in the pacts (the first one found).</summary>
    public static string Check(IReadOnlyList<string> files)
    {
        string? provider = null;
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new PactUsageException($"pact file not found: {file}");
            }

            JsonNode? root;
            try
            {
                root = JsonNode.Parse(File.ReadAllText(file));
            }
            catch (JsonException e)
            {
                throw new PactUsageException($"{file} is not valid JSON ({e.Message.Split('\n')[0].Trim()})", e);
            }

            if (root is not JsonObject pact)
            {
                throw new PactUsageException($"{file} is not a pact file (the document is not a JSON object)");
            }

            if (pact["interactions"] is not JsonArray && pact["messages"] is not JsonArray)
            {
                throw new PactUsageException($"{file} is not a pact file (no \"interactions\" array)");
            }

            var name = (pact["provider"] as JsonObject)?["name"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new PactUsageException($"{file} is not a pact file (no provider name)");
            }

            provider ??= name;
        }

        return provider ?? "covage-ordering-api";
    }
}
