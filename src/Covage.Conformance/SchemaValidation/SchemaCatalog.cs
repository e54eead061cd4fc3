using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Covage.Conformance.Reports;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Covage.Conformance.SchemaValidation;

/// <summary>
/// The schemas of schemas/ and the endpoint map that says which one applies to each request and
/// response. One catalog per target, loaded once (asynchronously, every schema the map names) before
/// the run; afterwards it only reads, so validation is thread-safe. Event data is checked by the event
/// schemas themselves (anyOf per type), so nothing here depends on an event's type.
/// </summary>
internal sealed class SchemaCatalog
{
    private readonly IReadOnlyList<EndpointSchemas> _endpoints;
    private readonly IReadOnlyDictionary<string, string> _unknownRoute;
    private readonly IReadOnlyDictionary<string, JsonSchema> _schemas;

    private SchemaCatalog(IReadOnlyList<EndpointSchemas> endpoints, IReadOnlyDictionary<string, string> unknownRoute, IReadOnlyDictionary<string, JsonSchema> schemas)
    {
        _endpoints = endpoints;
        _unknownRoute = unknownRoute;
        _schemas = schemas;
    }

    /// <summary>
    /// Reads <c>endpoints.json</c> under <paramref name="root"/>, every schema file of the folder and every one the map
    /// names. Routes the map does not
    /// list answer with the schemas of its <c>unknown_route</c> entry (none: no schema documents them).
    /// </summary>
    public static async Task<SchemaCatalog> LoadAsync(string root, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(root);
        var map = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(full, "endpoints.json"), cancellationToken))!;
        var endpoints = new List<EndpointSchemas>();
        foreach (var entry in map["endpoints"]!.AsArray())
        {
            var template = entry!["path"]!.GetValue<string>();
            endpoints.Add(new EndpointSchemas(entry["method"]!.GetValue<string>(), template, ToRegex(template), entry["request"]?.GetValue<string>(), Responses(entry["responses"])));
        }

        var unknownRoute = Responses(map["unknown_route"]);
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);

        // Every schema of the folder (the control API's too, which other maps name), and whatever the map names.
        var files = Directory.EnumerateFiles(full, "*.schema.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(full, f).Replace('\\', '/'))
            .Concat(endpoints.SelectMany(e => e.Responses.Values.Append(e.Request ?? "")).Concat(unknownRoute.Values));
        foreach (var file in files.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            schemas[file] = await JsonSchema.FromFileAsync(Path.Combine(full, file), cancellationToken);
        }

        return new SchemaCatalog(endpoints, unknownRoute, schemas);
    }

    public IReadOnlyList<string> SchemaFiles => [.. _schemas.Keys];

    /// <summary>The request schema of an endpoint, or null when the endpoint takes no body.</summary>
    public string? RequestSchemaFor(string method, string path) => Find(method, path)?.Request;

    /// <summary>The response schema for a status; null means "no schema documented" (a failure).</summary>
    public string? ResponseSchemaFor(string method, string path, int status)
    {
        var responses = Find(method, path)?.Responses ?? _unknownRoute;
        return responses.GetValueOrDefault(status.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?? responses.GetValueOrDefault($"{status / 100}xx");
    }

    /// <summary>Validates <paramref name="json"/> against a schema file the endpoint map names.</summary>
    public IReadOnlyList<SchemaViolation> Validate(string schemaFile, string json)
    {
        var schema = _schemas.TryGetValue(schemaFile, out var found)
            ? found
            : throw new ArgumentException($"{schemaFile} is not a schema of the folder, so it was not loaded", nameof(schemaFile));
        ICollection<ValidationError> errors;
        try
        {
            errors = schema.Validate(json);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            return [new SchemaViolation("$", "not JSON: " + e.Message, Drivers.Failures.Short(json), schemaFile)];
        }

        if (errors.Count == 0)
        {
            return [];
        }

        var node = TryParse(json);
        return [.. Flatten(errors).Select(e => new SchemaViolation(ToPath(e.Path), Describe(e), ValueAt(node, e.Path), schemaFile))];
    }

    private static Dictionary<string, string> Responses(JsonNode? responses) =>
        responses?.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal) ?? new Dictionary<string, string>(StringComparer.Ordinal);

    private EndpointSchemas? Find(string method, string path)
    {
        var clean = path.Split('?')[0];
        return _endpoints.FirstOrDefault(e => e.Method.Equals(method, StringComparison.OrdinalIgnoreCase) && e.Regex.IsMatch(clean));
    }

    private static Regex ToRegex(string template)
    {
        var pattern = Regex.Escape(template.TrimEnd('/'));
        pattern = Regex.Replace(pattern, @"\\\{[a-z_]+\\\*}", ".+");
        pattern = Regex.Replace(pattern, @"\\\{[a-z_]+}", "[^/]+");
        return new Regex($"^{pattern}/?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>
    /// The errors a person should read. "if X then Y" is written <c>anyOf: [not X, Y]</c> and nullable values
    /// <c>oneOf: [null, T]</c> (NJsonSchema 10 has no if/then): drop the branch that only says "the condition
    /// held" or "not null", and show what is left; otherwise keep the combinator's own error.
    /// </summary>
    internal static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is not ChildSchemaValidationError child || child.Errors.Count == 0)
            {
                yield return error;
                continue;
            }

            var branches = child.Errors.Values.ToList();
            if (error.Kind is ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf)
            {
                var marker = error.Kind == ValidationErrorKind.NotAnyOf ? ValidationErrorKind.ExcludedSchemaValidates : ValidationErrorKind.NullExpected;
                var rest = branches.Where(b => !b.All(e => e.Kind == marker)).ToList();
                if (rest.Count == branches.Count || rest.Count == 0 || (error.Kind == ValidationErrorKind.NotOneOf && rest.Count > 1))
                {
                    yield return error;
                    continue;
                }

                branches = rest;
            }

            foreach (var inner in Flatten(branches.SelectMany(b => b)))
            {
                yield return inner;
            }
        }
    }

    /// <summary>What is wrong, naming the schema keyword that says what was expected.</summary>
    internal static string Describe(ValidationError error)
    {
        var schema = error.Schema?.ActualSchema;
        var property = error.Property is { Length: > 0 } p ? p : "(item)";
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"required property \"{property}\" is missing (expected: required)",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"property \"{property}\" is not allowed here (expected: additionalProperties false)",
            ValidationErrorKind.NotInEnumeration => $"value is not allowed (expected: enum {Enum(schema)})",
            ValidationErrorKind.PatternMismatch => $"value does not match (expected: pattern {schema?.Pattern})",
            ValidationErrorKind.StringTooLong => $"string too long (expected: maxLength {schema?.MaxLength})",
            ValidationErrorKind.StringTooShort => $"string too short (expected: minLength {schema?.MinLength})",
            ValidationErrorKind.NumberTooBig => $"number too big (expected: maximum {schema?.Maximum})",
            ValidationErrorKind.NumberTooSmall => $"number too small (expected: minimum {schema?.Minimum})",
            ValidationErrorKind.TooManyItems => $"too many items (expected: maxItems {schema?.MaxItems})",
            ValidationErrorKind.TooFewItems => $"too few items (expected: minItems {schema?.MinItems})",
            ValidationErrorKind.ItemsNotUnique => "items are not unique (expected: uniqueItems)",
            ValidationErrorKind.DateTimeExpected or ValidationErrorKind.DateExpected or ValidationErrorKind.TimeExpected
                or ValidationErrorKind.UuidExpected or ValidationErrorKind.GuidExpected or ValidationErrorKind.EmailExpected
                or ValidationErrorKind.UriExpected or ValidationErrorKind.IpV4Expected or ValidationErrorKind.IpV6Expected
                or ValidationErrorKind.HostnameExpected or ValidationErrorKind.TimeSpanExpected
                => $"wrong format (expected: format {schema?.Format ?? Words(error.Kind).Replace(" expected", "", StringComparison.Ordinal)})",
            ValidationErrorKind.NotOneOf => "value matches none or several of the allowed shapes (expected: oneOf)",
            ValidationErrorKind.NotAnyOf => "value matches none of the allowed shapes (expected: anyOf)",
            ValidationErrorKind.NotAllOf => "value breaks a combined shape (expected: allOf)",
            ValidationErrorKind.ExcludedSchemaValidates => "value matches a forbidden shape (expected: not)",
            var kind when kind.ToString().EndsWith("Expected", StringComparison.Ordinal)
                => $"wrong type (expected: type {Words(kind).Replace(" expected", "", StringComparison.Ordinal)})",
            var kind => $"{Words(kind)} (expected: {kind})",
        };
    }

    private static string Enum(JsonSchema? schema) =>
        schema is null ? "?" : "[" + string.Join(", ", schema.Enumeration.Select(v => v is null ? "null" : v is string t ? $"\"{t}\"" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))) + "]";

    private static string Words(ValidationErrorKind kind) => Regex.Replace(kind.ToString(), "(?<!^)([A-Z])", " $1").ToLowerInvariant();

    /// <summary>NJsonSchema paths look like <c>#/bounds[0].address.stairs</c>; reports show <c>$.bounds[0].address.stairs</c>.</summary>
    internal static string ToPath(string? njsonPath)
    {
        if (string.IsNullOrEmpty(njsonPath) || njsonPath == "#")
        {
            return "$";
        }

        var path = njsonPath.StartsWith("#/", StringComparison.Ordinal) ? njsonPath[2..] : njsonPath.TrimStart('#');
        return path.StartsWith('[') ? "$" + path : "$." + path;
    }

    private static string ValueAt(JsonNode? root, string? njsonPath)
    {
        var node = root;
        var path = ToPath(njsonPath);
        foreach (Match part in Regex.Matches(path[1..], @"\.([^.\[]+)|\[(\d+)\]"))
        {
            node = part.Groups[1].Success ? (node as JsonObject)?[part.Groups[1].Value] : (node as JsonArray) is { } array && int.Parse(part.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) < array.Count ? array[int.Parse(part.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)] : null;
            if (node is null)
            {
                return "(absent)";
            }
        }

        return Drivers.Failures.Short(node?.ToJsonString(ReportJson.Compact) ?? "null");
    }

    private static JsonNode? TryParse(string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }


    private sealed record EndpointSchemas(string Method, string Template, Regex Regex, string? Request, IReadOnlyDictionary<string, string> Responses);
}
