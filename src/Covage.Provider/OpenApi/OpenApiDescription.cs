using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Covage.Provider.OpenApi;

/// <summary>
/// The OpenAPI 3.1 description of the API and the control API, built from the kit's schemas/ folder:
/// <c>endpoints.json</c> and <c>simulator/endpoints.json</c> say which schema each request and answer
/// has, <c>openapi/description.json</c> adds what a schema cannot say (summaries, query parameters,
/// security, headers, which page examples illustrate which call), and the schema files themselves
/// become the components, so there is no second copy to keep in step.
/// </summary>
internal static class OpenApiDescription
{
    private const string JsonMedia = "application/json";
    private static readonly string[] EndpointMaps = ["endpoints.json", "simulator/endpoints.json"];
    private static readonly Lazy<byte[]> Cached = new(() => Serialize(Build()));

    /// <summary>The document as served and as written to schemas/openapi.json (indented, ends with a newline).</summary>
    public static byte[] Bytes => Cached.Value;

    public static JsonObject Build()
    {
        var meta = SchemaResources.Read("openapi/description.json").AsObject();
        var operations = meta["operations"]!.AsObject();
        var components = new SchemaComponents();
        var paths = new JsonObject();
        var described = new HashSet<string>(StringComparer.Ordinal);
        foreach (var map in EndpointMaps)
        {
            foreach (var entry in SchemaResources.Read(map)["endpoints"]!.AsArray())
            {
                var method = entry!["method"]!.GetValue<string>();
                var template = entry["path"]!.GetValue<string>();
                var key = $"{method} {template}";
                var operation = operations[key] as JsonObject
                    ?? throw new InvalidOperationException($"schemas/openapi/description.json has no entry for \"{key}\" (schemas/{map})");
                described.Add(key);
                var path = template.Replace("*}", "}", StringComparison.Ordinal);
                if (paths[path] is not JsonObject item)
                {
                    item = [];
                    paths[path] = item;
                }

                item[method.ToLowerInvariant()] = Operation(entry.AsObject(), template, operation, meta, components);
            }
        }

        var unknown = operations.Select(o => o.Key).Where(k => !described.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"schemas/openapi/description.json describes calls no endpoints map lists: {string.Join(", ", unknown)}");
        }

        var info = meta["info"]!.DeepClone().AsObject();
        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = info,
            ["servers"] = meta["servers"]!.DeepClone(),
            ["tags"] = meta["tags"]!.DeepClone(),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = components.ToJson(),
                ["securitySchemes"] = meta["security_schemes"]!.DeepClone(),
            },
        };
    }

    private static JsonObject Operation(JsonObject entry, string template, JsonObject operation, JsonObject meta, SchemaComponents components)
    {
        var examples = operation["examples"] as JsonObject;
        var result = new JsonObject
        {
            ["operationId"] = operation["id"]!.GetValue<string>(),
            ["summary"] = operation["summary"]!.GetValue<string>(),
            ["tags"] = new JsonArray(operation["tag"]!.GetValue<string>()),
        };
        var parameters = new JsonArray();
        foreach (var name in PathParameters(template))
        {
            parameters.Add(new JsonObject
            {
                ["name"] = name,
                ["in"] = "path",
                ["required"] = true,
                ["description"] = meta["path_parameters"]![name]?.GetValue<string>()
                    ?? throw new InvalidOperationException($"schemas/openapi/description.json: path parameter {name} has no description"),
                ["schema"] = new JsonObject { ["type"] = "string" },
            });
        }

        foreach (var query in operation["query"]?.AsArray() ?? [])
        {
            var schema = new JsonObject { ["type"] = query!["type"]?.GetValue<string>() ?? "string" };
            CopyIfPresent(query, schema, "enum", "minimum");
            parameters.Add(new JsonObject
            {
                ["name"] = query["name"]!.GetValue<string>(),
                ["in"] = "query",
                ["required"] = false,
                ["description"] = query["description"]!.GetValue<string>(),
                ["schema"] = schema,
            });
        }

        if (parameters.Count > 0)
        {
            result["parameters"] = parameters;
        }

        if (entry["request"]?.GetValue<string>() is { } request)
        {
            result["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = Content(components.Add(request), examples?["request"] as JsonObject),
            };
        }

        var responses = new JsonObject();
        foreach (var (status, file) in entry["responses"]!.AsObject())
        {
            var response = new JsonObject
            {
                ["description"] = Describe(status),
                ["content"] = Content(components.Add(file!.GetValue<string>()), examples?[status] as JsonObject),
            };
            if (operation["headers"]?[status] is JsonObject headers)
            {
                response["headers"] = new JsonObject(headers.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)new JsonObject
                {
                    ["description"] = h.Value!.GetValue<string>(),
                    ["schema"] = new JsonObject { ["type"] = "integer" },
                })));
            }

            responses[status.ToUpperInvariant()] = response;
        }

        result["responses"] = responses;
        result["security"] = (operation["security"]?.GetValue<string>() ?? "token") switch
        {
            "none" => new JsonArray(),
            "simulator" => new JsonArray(new JsonObject { ["simulator_key"] = new JsonArray() }),
            "simulator-or-token" => new JsonArray(new JsonObject { ["simulator_key"] = new JsonArray() },
                new JsonObject { ["bearer"] = new JsonArray() }, new JsonObject { ["jwt"] = new JsonArray() }),
            _ => new JsonArray(new JsonObject { ["bearer"] = new JsonArray() }, new JsonObject { ["jwt"] = new JsonArray() }),
        };
        return result;
    }

    private static JsonObject Content(string schemaReference, JsonObject? examples)
    {
        var media = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = schemaReference } };
        if (examples is { Count: > 0 })
        {
            media["examples"] = new JsonObject(examples.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)new JsonObject
            {
                ["summary"] = e.Key,
                ["value"] = SchemaResources.Read("examples/" + e.Value!.GetValue<string>()),
            })));
        }

        return new JsonObject { [JsonMedia] = media };
    }

    private static string Describe(string status) => status switch
    {
        "200" => "Done: the answer's shape",
        "401" => "Not authenticated: credentials or token missing, wrong or expired (error envelope)",
        "409" => "Refused by a lifecycle rule, named in details (error envelope)",
        "429" => "Throttled: wait for Retry-After seconds (error envelope)",
        "4xx" => "A client mistake: Covage's error envelope, details per field with the rule ID",
        "5xx" => "A server fault: Covage's error envelope",
        _ => $"HTTP {status}",
    };

    private static IEnumerable<string> PathParameters(string template)
    {
        for (var start = template.IndexOf('{', StringComparison.Ordinal); start >= 0; start = template.IndexOf('{', start + 1))
        {
            var end = template.IndexOf('}', start);
            yield return template[(start + 1)..end].TrimEnd('*');
        }
    }

    private static void CopyIfPresent(JsonNode from, JsonObject to, params string[] names)
    {
        foreach (var name in names)
        {
            if (from[name] is { } value)
            {
                to[name] = value.DeepClone();
            }
        }
    }

    private static byte[] Serialize(JsonObject document)
    {
        var buffer = new ArrayBufferWriter<byte>(256 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, WireJson.WriterOptions with { Indented = true }))
        {
            document.WriteTo(writer);
        }

        return [.. buffer.WrittenSpan, (byte)'\n'];
    }
}
