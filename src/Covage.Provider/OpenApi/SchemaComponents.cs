using System.Text.Json.Nodes;

namespace Covage.Provider.OpenApi;

/// <summary>
/// Turns the draft-07 schema files into OpenAPI 3.1 components, unchanged but for what the format
/// needs: one component per file (<c>v2/order.schema.json</c> is <c>v2.order</c>), one per entry of a
/// file's <c>definitions</c> (<c>v2.options.boolean_option</c>), file <c>$ref</c>s rewritten to
/// component references, and <c>$schema</c> dropped (the document's dialect applies).
/// </summary>
internal sealed class SchemaComponents
{
    private const string Suffix = ".schema.json";
    private readonly SortedDictionary<string, JsonNode> _components = new(StringComparer.Ordinal);
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);

    public static string ComponentName(string file) =>
        file.EndsWith(Suffix, StringComparison.Ordinal)
            ? file[..^Suffix.Length].Replace('/', '.')
            : throw new InvalidOperationException($"schemas/{file}: only *.schema.json files are schemas");

    public static string Reference(string component) => "#/components/schemas/" + component;

    /// <summary>Adds a file and every file it references; returns the reference to use for it.</summary>
    public string Add(string file)
    {
        if (_done.Add(file))
        {
            var schema = SchemaResources.Read(file);
            var pending = new List<string>();
            Rewrite(schema, file, pending);
            var name = ComponentName(file);
            if (schema is JsonObject root)
            {
                root.Remove("$schema");
                if (root["definitions"] is JsonObject definitions)
                {
                    root.Remove("definitions");
                    foreach (var (key, value) in definitions.ToList())
                    {
                        definitions.Remove(key);
                        _components[$"{name}.{key}"] = value!;
                    }
                }
            }

            _components[name] = schema;
            foreach (var other in pending)
            {
                Add(other);
            }
        }

        return Reference(ComponentName(file));
    }

    public JsonObject ToJson()
    {
        var json = new JsonObject();
        foreach (var (name, schema) in _components)
        {
            json[name] = schema.DeepClone();
        }

        return json;
    }

    private static void Rewrite(JsonNode? node, string file, List<string> pending)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue value && value.TryGetValue<string>(out var reference))
                {
                    obj["$ref"] = Target(file, reference, pending);
                }

                foreach (var (key, child) in obj.ToList())
                {
                    if (key != "$ref")
                    {
                        Rewrite(child, file, pending);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Rewrite(item, file, pending);
                }

                break;
        }
    }

    private static string Target(string file, string reference, List<string> pending)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? "" : reference[(hash + 1)..];
        var target = path.Length == 0 ? file : SchemaResources.Resolve(file, path);
        if (path.Length > 0)
        {
            pending.Add(target);
        }

        var name = ComponentName(target);
        return fragment switch
        {
            "" or "/" => Reference(name),
            _ when fragment.StartsWith("/definitions/", StringComparison.Ordinal) && fragment.Count(c => c == '/') == 2 =>
                Reference($"{name}.{fragment["/definitions/".Length..]}"),
            _ => throw new InvalidOperationException($"schemas/{file}: $ref {reference} points inside a schema; only whole files and definitions are supported"),
        };
    }
}
