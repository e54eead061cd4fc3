using System.Text.Json.Nodes;

namespace Covage.Conformance.Tests.SchemaFiles;

/// <summary>The files themselves: they load, their references resolve, and they use only keywords the validator enforces.</summary>
public sealed class SchemaCatalogueTests
{
    // NJsonSchema 10.7.2 silently ignores these draft-06/07 keywords (checked): a schema using them
    // would look strict and check nothing. Conditions are written anyOf[{field: not X}, consequence].
    private static readonly string[] IgnoredKeywords = ["if", "then", "else", "const", "contains", "propertyNames", "dependencies", "maxProperties", "$id", "id"];

    public static TheoryData<string> SchemaFiles() => [.. SchemaFolder.AllSchemaFiles()];

    [Fact]
    public void AllSchemaFiles_Found_CoverEveryFolder()
    {
        var files = SchemaFolder.AllSchemaFiles().ToList();

        Assert.Contains(files, f => f.StartsWith("common/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("v2/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("events/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("v1/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Load_SchemaFile_ResolvesEveryReference(string file)
    {
        var schema = SchemaFolder.Load(file);

        Assert.NotNull(schema);
        foreach (var reference in References(JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolder.Root, file)))!))
        {
            var (target, fragment) = Split(reference);
            var targetPath = target.Length == 0 ? Path.Combine(SchemaFolder.Root, file) : Path.GetFullPath(Path.Combine(SchemaFolder.Root, Path.GetDirectoryName(file)!, target));
            Assert.True(File.Exists(targetPath), $"{file}: $ref {reference} points at a missing file");
            Assert.StartsWith(Path.GetFullPath(SchemaFolder.Root), targetPath, StringComparison.Ordinal);
            if (fragment.Length > 0)
            {
                var node = JsonNode.Parse(File.ReadAllText(targetPath));
                foreach (var part in fragment.TrimStart('/').Split('/'))
                {
                    node = node?[part];
                }

                Assert.True(node is JsonObject, $"{file}: $ref {reference} points at nothing");
            }
        }
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void SchemaFile_Header_IsDraft07WithoutId(string file)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolder.Root, file)))!.AsObject();

        Assert.Equal("http://json-schema.org/draft-07/schema#", root["$schema"]?.GetValue<string>());
        Assert.False(root.ContainsKey("$id"), $"{file} has a $id; references are by relative path");
        Assert.False(string.IsNullOrWhiteSpace(root["title"]?.GetValue<string>()), $"{file} has no title");
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void SchemaFile_Keywords_AreAllEnforcedByTheValidator(string file)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolder.Root, file)))!;

        var found = Keywords(root).Where(k => IgnoredKeywords.Contains(k, StringComparer.Ordinal)).ToList();

        Assert.True(found.Count == 0, $"{file} uses keywords NJsonSchema 10.7.2 ignores: {string.Join(", ", found)}");
    }

    [Fact]
    public void AllSchemaFiles_ReachableFromTheEndpointMap_NoneIsOrphaned()
    {
        // The API's map and the control API's (simulator/endpoints.json, used by the OpenAPI description).
        var map = new[] { "endpoints.json", "simulator/endpoints.json" }
            .SelectMany(f => JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolder.Root, f)))!["endpoints"]!.AsArray()).ToList();
        var pending = new Stack<string>(map.SelectMany(e => e!["responses"]!.AsObject().Select(r => r.Value!.GetValue<string>()).Append(e["request"]?.GetValue<string>())).OfType<string>());
        var reached = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var file))
        {
            if (!reached.Add(file))
            {
                continue;
            }

            foreach (var reference in References(JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolder.Root, file)))!))
            {
                var (target, _) = Split(reference);
                if (target.Length > 0)
                {
                    var full = Path.GetFullPath(Path.Combine(SchemaFolder.Root, Path.GetDirectoryName(file)!, target));
                    pending.Push(Path.GetRelativePath(SchemaFolder.Root, full).Replace('\\', '/'));
                }
            }
        }

        var orphans = SchemaFolder.AllSchemaFiles().Where(f => !reached.Contains(f)).ToList();
        Assert.True(orphans.Count == 0, "no endpoint uses: " + string.Join(", ", orphans));
    }

    private static (string Target, string Fragment) Split(string reference)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (reference, "") : (reference[..hash], reference[(hash + 1)..]);
    }

    private static IEnumerable<string> References(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" && p.Value is JsonValue v ? [v.GetValue<string>()] : p.Value is null ? [] : References(p.Value)),
        JsonArray array => array.Where(i => i is not null).SelectMany(i => References(i!)),
        _ => [],
    };

    // Keys of schema objects only: the names under "properties" and "definitions" are field names, not keywords.
    private static IEnumerable<string> Keywords(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key is "properties" or "definitions" or "patternProperties"
            ? (p.Value as JsonObject)?.SelectMany(d => d.Value is null ? [] : Keywords(d.Value)) ?? []
            : p.Value is null || p.Key is "enum" or "required" or "description" or "title" ? [p.Key] : Keywords(p.Value).Prepend(p.Key)),
        JsonArray array => array.Where(i => i is not null).SelectMany(i => Keywords(i!)),
        _ => [],
    };
}
