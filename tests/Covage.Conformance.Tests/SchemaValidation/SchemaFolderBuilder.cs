namespace Covage.Conformance.Tests.SchemaValidation;

/// <summary>A small schema folder of the tests' own (endpoint map + three schemas), independent of schemas/.</summary>
internal static class SchemaFolderBuilder
{
    public static string Create()
    {
        var root = Path.Combine(Path.GetTempPath(), "covage-schemas-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "common"));
        File.WriteAllText(Path.Combine(root, "endpoints.json"), """
            { "unknown_route": { "4xx": "common/error.schema.json" },
              "endpoints": [
              { "method": "GET", "path": "/api/v2/orders/{order_uuid}/", "responses": { "200": "thing.schema.json", "4xx": "common/error.schema.json" } },
              { "method": "POST", "path": "/api/things/", "request": "thing.schema.json", "responses": { "201": "thing.schema.json", "4xx": "common/error.schema.json" } },
              { "method": "GET", "path": "/api/buildings/{building_ref*}/", "responses": { "2xx": "thing.schema.json" } },
              { "method": "POST", "path": "/api/v2/account/token/", "responses": { "200": "any.schema.json" } },
              { "method": "POST", "path": "/api/conditional/", "request": "conditional.schema.json", "responses": { "200": "any.schema.json" } }
            ] }
            """);
        File.WriteAllText(Path.Combine(root, "thing.schema.json"), """
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "type": "object",
              "required": ["id", "status"],
              "additionalProperties": false,
              "properties": {
                "id": { "type": "string", "pattern": "^T[0-9]+$" },
                "status": { "type": "string", "enum": ["draft", "submitted"] },
                "address": { "$ref": "address.schema.json" },
                "items": { "type": "array", "items": { "type": "object", "properties": { "qty": { "type": "integer", "minimum": 1 } } } }
              }
            }
            """);
        File.WriteAllText(Path.Combine(root, "any.schema.json"), "{}");
        // "if status is submitted then submitted_at is required", and a nullable date: the forms the kit's schemas use.
        File.WriteAllText(Path.Combine(root, "conditional.schema.json"), """
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "type": "object",
              "properties": {
                "status": { "type": "string" },
                "submitted_at": { "oneOf": [ { "type": "null" }, { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" } ] }
              },
              "allOf": [ { "anyOf": [ { "properties": { "status": { "not": { "enum": ["submitted"] } } } }, { "required": ["submitted_at"] } ] } ]
            }
            """);
        File.WriteAllText(Path.Combine(root, "address.schema.json"), """
            { "$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
              "properties": { "postcode": { "type": "string", "pattern": "^[0-9]{5}$" } } }
            """);
        File.WriteAllText(Path.Combine(root, "common", "error.schema.json"), """
            { "$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "required": ["apirequest_uuid", "error", "kit_test_marker"],
              "properties": { "error": { "type": "string" } } }
            """);
        return root;
    }
}
