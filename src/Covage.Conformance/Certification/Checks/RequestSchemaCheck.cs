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

            string? problems;
            try
            {
                var violations = schemas.Validate(schema, body);
                problems = violations.Count > 0 ? string.Join("; ", violations) : null;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // A key given twice or a string that is not text: no schema can accept it.
                problems = $"$: the body cannot be read as JSON ({e.Message}); schema: {schema}";
            }

            if (problems is not null)
            {
                yield return new Finding(ClientRules.RequestSchema.Id, problems, call);
            }
        }
    }
}
