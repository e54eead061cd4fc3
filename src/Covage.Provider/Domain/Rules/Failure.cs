namespace Covage.Provider.Domain.Rules;

/// <summary>A refused operation: nothing was changed.</summary>
internal sealed record Failure(FailureKind Kind, IReadOnlyList<Violation> Violations, TimeSpan? RetryAfter = null)
{
    public static Failure Invalid(IReadOnlyList<Violation> violations) => new(FailureKind.Invalid, violations);

    public static Failure Invalid(string ruleId, string field, string message) => new(FailureKind.Invalid, [new(ruleId, field, message)]);

    public static Failure Conflict(string ruleId, string field, string message) => new(FailureKind.Conflict, [new(ruleId, field, message)]);

    public static Failure Forbidden(string ruleId, string message) => new(FailureKind.Forbidden, [new(ruleId, "", message)]);

    public static Failure NotFound() => new(FailureKind.NotFound, []);
}
