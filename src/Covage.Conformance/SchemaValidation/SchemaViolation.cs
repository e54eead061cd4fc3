namespace Covage.Conformance.SchemaValidation;

/// <summary>One place where a payload breaks its schema.</summary>
internal sealed record SchemaViolation(string Path, string Problem, string Value, string SchemaFile)
{
    public override string ToString() => $"{Path}: {Problem}; value: {Value}; schema: {SchemaFile}";
}
