using System.Text.Json.Nodes;

namespace Covage.Provider.OpenApi;

/// <summary>The kit's <c>schemas/</c> files, embedded in the provider at build time, by their path inside schemas/.</summary>
internal static class SchemaResources
{
    private const string Prefix = "schemas/";

    public static JsonNode Read(string relativePath)
    {
        using var stream = typeof(SchemaResources).Assembly.GetManifestResourceStream(Prefix + relativePath)
            ?? throw new InvalidOperationException($"schemas/{relativePath} is not embedded in the provider (is the file missing?)");
        return JsonNode.Parse(stream) ?? throw new InvalidOperationException($"schemas/{relativePath} is empty");
    }

    /// <summary>Resolves <paramref name="reference"/> (a relative file path) against the folder of <paramref name="fromFile"/>.</summary>
    public static string Resolve(string fromFile, string reference)
    {
        var parts = fromFile.Split('/').SkipLast(1).ToList();
        foreach (var part in reference.Split('/'))
        {
            switch (part)
            {
                case ".." when parts.Count > 0:
                    parts.RemoveAt(parts.Count - 1);
                    break;
                case "..":
                    throw new InvalidOperationException($"schemas/{fromFile}: $ref {reference} leaves the schemas folder");
                case "." or "":
                    break;
                default:
                    parts.Add(part);
                    break;
            }
        }

        return string.Join('/', parts);
    }
}
