using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Covage.Conformance.Tests.SchemaFiles;

/// <summary>The schemas/ folder and the page examples as the build copies them next to the tests.</summary>
internal static class SchemaFolder
{
    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Cache = new(StringComparer.Ordinal);

    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "schemas");

    public static string Examples { get; } = Path.Combine(Root, "examples");

    public static IEnumerable<string> AllSchemaFiles() =>
        Directory.EnumerateFiles(Root, "*.schema.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    // Loading resolves every file $ref; cached because the order schema pulls in a dozen files.
    public static JsonSchema Load(string schemaFile) =>
        Cache.GetOrAdd(schemaFile, f => new Lazy<JsonSchema>(() =>
            JsonSchema.FromFileAsync(Path.Combine(Root, f)).GetAwaiter().GetResult())).Value;

    public static string Example(string exampleFile) => File.ReadAllText(Path.Combine(Examples, exampleFile));

    public static JsonNode ExampleNode(string exampleFile) => JsonNode.Parse(Example(exampleFile))!;

    /// <summary>
    /// Validates and returns the errors a report should show: nested errors are followed through allOf,
    /// items and properties; in an anyOf written as [not(condition), consequence] the condition held,
    /// so the consequence's errors are shown; in a nullable oneOf the non-null branch's errors are shown.
    /// Any other failed alternative is shown as itself.
    /// </summary>
    public static IReadOnlyList<ValidationError> Validate(string schemaFile, string json) => [.. Leaves(Load(schemaFile).Validate(json))];

    public static IReadOnlyList<ValidationError> Validate(string schemaFile, JsonNode json) => Validate(schemaFile, json.ToJsonString());

    public static string Describe(IEnumerable<ValidationError> errors) =>
        string.Join("; ", errors.Select(e => $"{e.Kind} {e.Path}"));

    private static IEnumerable<ValidationError> Leaves(IEnumerable<ValidationError> errors) =>
        Covage.Conformance.SchemaValidation.SchemaCatalog.Flatten(errors);
}
