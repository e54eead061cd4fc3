using Covage.Conformance.SchemaValidation;

namespace Covage.Conformance.Tests.SchemaValidation;

public sealed class SchemaCatalogTests : IAsyncLifetime
{
    private SchemaCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await SchemaCatalog.LoadAsync(SchemaFolderBuilder.Create());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Validate_ValidDocument_NoViolation()
    {
        var violations = _catalog.Validate("thing.schema.json", """{"id":"T1","status":"draft","address":{"postcode":"75001"},"items":[{"qty":2}]}""");

        Assert.Empty(violations);
    }

    [Fact]
    public void Validate_BrokenDocument_ListsEveryViolationWithPathValueKeywordAndFile()
    {
        var violations = _catalog.Validate("thing.schema.json",
            """{"id":"X1","status":"gone","address":{"postcode":"7500"},"items":[{"qty":1},{"qty":0}],"extra":true}""");

        var byPath = violations.ToDictionary(v => v.Path);
        Assert.Equal(5, violations.Count);
        Assert.Equal("\"X1\"", byPath["$.id"].Value);
        Assert.Contains("expected: pattern ^T[0-9]+$", byPath["$.id"].Problem, StringComparison.Ordinal);
        Assert.Contains("expected: enum [\"draft\", \"submitted\"]", byPath["$.status"].Problem, StringComparison.Ordinal);
        Assert.Equal("\"7500\"", byPath["$.address.postcode"].Value);
        Assert.Equal("0", byPath["$.items[1].qty"].Value);
        Assert.Contains("expected: minimum 1", byPath["$.items[1].qty"].Problem, StringComparison.Ordinal);
        Assert.Contains("property \"extra\" is not allowed", byPath["$.extra"].Problem, StringComparison.Ordinal);
        Assert.All(violations, v => Assert.Equal("thing.schema.json", v.SchemaFile));
    }

    [Fact]
    public void Validate_ValueWithNonAsciiText_QuotesItAsWritten()
    {
        var violation = Assert.Single(_catalog.Validate("thing.schema.json", """{"id":"Jean Dupont ™ é 'x' <y>","status":"draft"}"""));

        Assert.Equal("\"Jean Dupont ™ é 'x' <y>\"", violation.Value);
    }

    [Fact]
    public void Validate_ConditionNotMet_ShowsOnlyTheMissingField()
    {
        var violation = Assert.Single(_catalog.Validate("conditional.schema.json", """{"status":"submitted"}"""));

        Assert.Equal("$.submitted_at", violation.Path);
        Assert.Contains("required property \"submitted_at\"", violation.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadNullableValue_ShowsTheRealProblemNotTheNullBranch()
    {
        var violation = Assert.Single(_catalog.Validate("conditional.schema.json", """{"status":"submitted","submitted_at":"22/11/2026"}"""));

        Assert.Equal("$.submitted_at", violation.Path);
        Assert.Contains("pattern", violation.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingRequiredProperty_PathNamesItAndValueIsAbsent()
    {
        var violation = Assert.Single(_catalog.Validate("thing.schema.json", """{"id":"T1"}"""));

        Assert.Equal("$.status", violation.Path);
        Assert.Equal("(absent)", violation.Value);
        Assert.Contains("required property \"status\" is missing", violation.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WrongType_SaysWhichTypeWasExpected()
    {
        var violation = Assert.Single(_catalog.Validate("thing.schema.json", """{"id":7,"status":"draft"}"""));

        Assert.Equal("$.id", violation.Path);
        Assert.Equal("7", violation.Value);
        Assert.Contains("expected: type string", violation.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NotJson_OneViolationAtTheRoot()
    {
        var violation = Assert.Single(_catalog.Validate("thing.schema.json", "{not json"));

        Assert.Equal("$", violation.Path);
        Assert.Contains("not JSON", violation.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_Violation_ReadsAsOneLine()
    {
        var text = new SchemaViolation("$.id", "value does not match (expected: pattern ^T$)", "\"X\"", "thing.schema.json").ToString();

        Assert.Equal("$.id: value does not match (expected: pattern ^T$); value: \"X\"; schema: thing.schema.json", text);
    }

    [Theory]
    [InlineData("#/shipTo.postcode", "$.shipTo.postcode")]
    [InlineData("#/bounds[0].address.stairs", "$.bounds[0].address.stairs")]
    [InlineData("#/[2].uuid", "$[2].uuid")]
    [InlineData("#", "$")]
    [InlineData("", "$")]
    [InlineData(null, "$")]
    public void ToPath_NJsonSchemaPath_BecomesJsonPath(string? njson, string expected) =>
        Assert.Equal(expected, SchemaCatalog.ToPath(njson));

    [Theory]
    [InlineData("GET", "/api/v2/orders/0b0c/", 200, "thing.schema.json")]
    [InlineData("GET", "/api/v2/orders/0b0c", 200, "thing.schema.json")]
    [InlineData("GET", "/api/v2/orders/0b0c/?x=1", 404, "common/error.schema.json")]
    [InlineData("get", "/api/v2/orders/0b0c/", 403, "common/error.schema.json")]
    [InlineData("POST", "/api/things/", 201, "thing.schema.json")]
    [InlineData("GET", "/api/buildings/IMB/76540/X/043X/", 200, "thing.schema.json")]
    [InlineData("GET", "/api/buildings/IMB/76540/X/043X/", 204, "thing.schema.json")]
    [InlineData("GET", "/no/such/route/", 404, "common/error.schema.json")]
    public void ResponseSchemaFor_MethodPathStatus_FindsTheSchema(string method, string path, int status, string schema) =>
        Assert.Equal(schema, _catalog.ResponseSchemaFor(method, path, status));

    [Fact]
    public async Task ResponseSchemaFor_UnknownRouteWithoutItsEntry_IsNullNotAnotherEndpointsSchema()
    {
        var root = SchemaFolderBuilder.Create();
        var map = Path.Combine(root, "endpoints.json");
        await File.WriteAllTextAsync(map, (await File.ReadAllTextAsync(map)).Replace("\"unknown_route\": { \"4xx\": \"common/error.schema.json\" },", "", StringComparison.Ordinal));
        var catalog = await SchemaCatalog.LoadAsync(root);

        Assert.Null(catalog.ResponseSchemaFor("GET", "/no/such/route/", 404));
    }

    [Fact]
    public async Task LoadAsync_SameFolderTwice_TwoCatalogsNoSharedState()
    {
        var root = SchemaFolderBuilder.Create();

        var first = await SchemaCatalog.LoadAsync(root);
        var second = await SchemaCatalog.LoadAsync(root);

        Assert.NotSame(first, second);
        Assert.Equal(first.SchemaFiles.Order(StringComparer.Ordinal), second.SchemaFiles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_FileTheMapDoesNotName_Throws() =>
        Assert.Throws<ArgumentException>(() => _catalog.Validate("nowhere.schema.json", "{}"));

    [Theory]
    [InlineData("GET", "/api/v2/orders/0b0c/", 500)]
    [InlineData("POST", "/api/things/", 200)]
    [InlineData("DELETE", "/api/things/", 200)]
    public void ResponseSchemaFor_Undocumented_IsNull(string method, string path, int status) =>
        Assert.Null(_catalog.ResponseSchemaFor(method, path, status));

    [Fact]
    public void RequestSchemaFor_EndpointWithAndWithoutBody_SchemaOrNull()
    {
        Assert.Equal("thing.schema.json", _catalog.RequestSchemaFor("POST", "/api/things"));
        Assert.Null(_catalog.RequestSchemaFor("GET", "/api/v2/orders/x/"));
    }
}
