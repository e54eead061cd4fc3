using System.Text.Json.Nodes;
using Covage.Conformance.Cli;
using Covage.Conformance.Tests.Cli;
using Covage.Conformance.Tests.Pact;
using Covage.Conformance.Tests.SchemaFiles;
using Microsoft.OpenApi;

namespace Covage.Conformance.Tests.OpenApi;

/// <summary>The sandbox's GET /openapi.json: the committed copy, an independent reader, and the page examples it carries.</summary>
public sealed class OpenApiDocumentTests
{
    private static readonly Lazy<byte[]> Served = new(() => OpenApiCommand.FetchAsync(CancellationToken.None).GetAwaiter().GetResult());

    private static JsonObject Document => JsonNode.Parse(Served.Value)!.AsObject();

    [Fact]
    public void Served_SameBytesAsSchemasOpenApiJson()
    {
        var committed = File.ReadAllBytes(Path.Combine(PactTestFiles.RepoRoot, "schemas", "openapi.json"));

        Assert.True(committed.AsSpan().SequenceEqual(Served.Value),
            "schemas/openapi.json differs from what the sandbox serves at /openapi.json; regenerate it: ./run-conformance.sh openapi --output schemas/openapi.json");
    }

    [Fact]
    public void Served_MicrosoftOpenApiReadsItAs31WithoutErrorsOrWarnings()
    {
        using var stream = new MemoryStream(Served.Value);

        var result = OpenApiDocument.Load(stream, "json");

        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, result.Diagnostic!.SpecificationVersion);
        Assert.Empty(result.Diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Empty(result.Diagnostic.Warnings.Select(e => $"{e.Pointer}: {e.Message}"));
        var document = result.Document!;
        Assert.Equal(["bearer", "jwt", "simulator_key"], document.Components!.SecuritySchemes!.Keys.Order(StringComparer.Ordinal));
        var errors = document.Validate(Microsoft.OpenApi.ValidationRuleSet.GetDefaultRuleSet())!.Select(e => $"{e.Pointer}: {e.Message}").ToList();
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("/api/v2/account/token/", "post")]
    [InlineData("/api/v2/orders/", "get")]
    [InlineData("/api/v2/orders/{order_uuid}/bounds/{bound_uuid}/", "patch")]
    [InlineData("/api/v2/eligibility/buildings/{building_ref}", "get")]
    [InlineData("/api/events/", "get")]
    [InlineData("/api/orders/{order_uuid}/confirm/", "post")]
    [InlineData("/_simulator/orders/{order_uuid}/transitions/", "post")]
    public void Served_ListsTheCallWithItsSchemas(string path, string method)
    {
        var operation = Document["paths"]![path]![method]!;

        Assert.Equal("#/components/schemas/common.error", operation["responses"]!["4XX"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.NotNull(operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]);
        Assert.NotNull(operation["security"]);
    }

    [Fact]
    public void Served_ComponentsAreTheSchemaFilesWithTheirReferencesRewritten()
    {
        var schemas = Document["components"]!["schemas"]!.AsObject();
        var order = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolder.Root, "v2", "order.schema.json")))!;

        Assert.Equal(order["title"]!.GetValue<string>(), schemas["v2.order"]!["title"]!.GetValue<string>());
        Assert.Null(schemas["v2.order"]!["$schema"]);
        Assert.True(schemas.ContainsKey("v2.options.boolean_option"));
        var references = References(Document).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.True(schemas.ContainsKey(r["#/components/schemas/".Length..]), $"$ref {r} names no component"));
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" ? [p.Value!.GetValue<string>()] : References(p.Value)),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };

    [Fact]
    public void Served_EveryExampleValidatesAgainstItsSchemaFile()
    {
        var files = SchemaFolder.AllSchemaFiles().ToDictionary(f => f[..^".schema.json".Length].Replace('/', '.'), StringComparer.Ordinal);
        var checkedExamples = 0;
        foreach (var (path, item) in Document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var media = new[] { operation!["requestBody"]?["content"]?["application/json"] }
                    .Concat(operation["responses"]!.AsObject().Select(r => r.Value!["content"]?["application/json"]))
                    .OfType<JsonNode>();
                foreach (var medium in media.Where(m => m["examples"] is not null))
                {
                    var file = files[medium["schema"]!["$ref"]!.GetValue<string>()["#/components/schemas/".Length..]];
                    foreach (var (name, example) in medium["examples"]!.AsObject())
                    {
                        var errors = SchemaFolder.Validate(file, example!["value"]!);
                        Assert.True(errors.Count == 0, $"{method} {path} example \"{name}\" fails {file}: {SchemaFolder.Describe(errors)}");
                        checkedExamples++;
                    }
                }
            }
        }

        Assert.InRange(checkedExamples, 20, 200);
    }

    [Fact]
    public async Task OpenApiCommand_Output_WritesTheServedDocument()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "out", "openapi.json");

        var code = await CommandLine.RunAsync(["openapi", "--output", path], TextWriter.Null, TextWriter.Null, color: false, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Equal(Served.Value, await File.ReadAllBytesAsync(path));
    }
}
