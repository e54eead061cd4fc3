using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Covage.Conformance.Cli;
using Covage.Conformance.Reports;

namespace Covage.Conformance.PactVerification;

/// <summary>
/// Reads each pact file before the engine does, so a file the kit cannot verify is one clear line
/// (exit 2) rather than an engine report or a vacuous pass: missing, malformed, without interactions,
/// for another provider, or written to a Pact specification the engine does not know.
/// </summary>
internal static partial class PactFileCheck
{
    public const string DefaultProvider = "covage-ordering-api";

    /// <summary>The checked files, parsed, in the order given.</summary>
    public static IReadOnlyList<PactFile> Check(IReadOnlyList<string> files, string? providerName)
    {
        var checkedFiles = new List<PactFile>();
        foreach (var file in files)
        {
            var pact = Read(file);
            var provider = (pact["provider"] as JsonObject)?["name"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (string.IsNullOrWhiteSpace(provider))
            {
                throw new UsageException($"{file} is not a pact file (no provider name)");
            }

            if (provider != (providerName ?? DefaultProvider))
            {
                throw new UsageException(providerName is null
                    ? $"{file} is a pact for provider \"{provider}\", not \"{DefaultProvider}\" (pass --provider-name \"{provider}\" to verify it anyway)"
                    : $"{file} is a pact for provider \"{provider}\", not \"{providerName}\" as --provider-name says");
            }

            CheckSpecification(file, pact);
            var count = (pact["interactions"] as JsonArray)?.Count ?? 0;
            if (count + ((pact["messages"] as JsonArray)?.Count ?? 0) == 0)
            {
                throw new UsageException($"{file} has no interactions: there is nothing to verify");
            }

            checkedFiles.Add(new PactFile(file, provider, pact));
        }

        return checkedFiles;
    }

    private static JsonObject Read(string file)
    {
        if (!File.Exists(file))
        {
            throw new UsageException($"pact file not found: {file}");
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(file));
        }
        catch (JsonException e)
        {
            throw new UsageException($"{file} is not valid JSON ({e.Message.Split('\n')[0].Trim()})", e);
        }

        if (root is not JsonObject pact)
        {
            throw new UsageException($"{file} is not a pact file (the document is not a JSON object)");
        }

        if (pact["interactions"] is not JsonArray && pact["messages"] is not JsonArray)
        {
            throw new UsageException($"{file} is not a pact file (no \"interactions\" array)");
        }

        return pact;
    }

    // The engine knows V1, V1.1, V2, V3 and V4; a file without a version is read as the engine's default.
    private static void CheckSpecification(string file, JsonObject pact)
    {
        var metadata = pact["metadata"] as JsonObject;
        var declared = metadata?["pactSpecification"]?["version"] ?? metadata?["pact-specification"]?["version"] ?? metadata?["pactSpecificationVersion"];
        if (declared is null)
        {
            return;
        }

        var version = declared is JsonValue value && value.TryGetValue<string>(out var text) ? text : declared.ToJsonString(ReportJson.Compact);
        var match = VersionPattern().Match(version);
        var known = match.Success && match.Groups["major"].Value switch
        {
            "1" => match.Groups["minor"].Value is "" or "0" or "1",
            "2" or "3" or "4" => true,
            _ => false,
        };
        if (!known)
        {
            throw new UsageException(
                $"{file} declares Pact specification version \"{version}\", which the Pact engine does not know (it reads 1.0, 1.1, 2.0, 3.0 and 4.0)");
        }
    }

    [GeneratedRegex(@"^v?(?<major>[0-9]+)(\.(?<minor>[0-9]+))?(\.[0-9]+)?$")]
    private static partial Regex VersionPattern();
}
