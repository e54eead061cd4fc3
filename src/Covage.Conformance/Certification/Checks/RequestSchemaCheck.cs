using Covage.Conformance.SchemaValidation;

namespace Covage.Conformance.Certification.Checks;

/// <summary>Every request body against its request schema, whatever the sandbox answered.</summary>
internal sealed class RequestSchemaCheck(SchemaCatalog schemas) : IClientCheck
{
    public IReadOnlyList<ClientRule> Rules => [ClientRules.RequestSchema];

    public IEnumerable<Finding> Judge(IReadOnlyList<RecordedCall> calls)
    {
        foreach (var call in calls)
        {
            if (call.RequestBody is not { } body || call.RequestTruncated || schemas.RequestSchemaFor(call.Method, call.Path) is not { } schema)
            {
                continue;
            }

            var violations = schemas.Validate(schema, body);
            if (violations.Count > 0)
            {
                yield return new Finding(ClientRules.RequestSchema.Id, string.Join("; ", violations), call);
            }
        }
    }
}
