namespace Covage.Provider.Domain.Outcomes;

/// <summary>A refused operation: nothing was changed. Only the error envelope turns it into words on the wire.</summary>
internal sealed record Refusal(RefusalKind Kind, IReadOnlyList<Violation> Violations, TimeSpan? RetryAfter = null)
{
    public static Refusal Invalid(IReadOnlyList<Violation> violations) => new(RefusalKind.Invalid, violations);

    public static Refusal Invalid(string ruleId, string field, string message) => new(RefusalKind.Invalid, [new(ruleId, field, message)]);

    public static Refusal Conflict(string ruleId, string field, string message) => new(RefusalKind.Conflict, [new(ruleId, field, message)]);

    public static Refusal Forbidden(string ruleId, string message) => new(RefusalKind.Forbidden, [new(ruleId, "", message)]);

    public static Refusal Throttled(string ruleId, string message, TimeSpan retryAfter) => new(RefusalKind.Throttled, [new(ruleId, "", message)], retryAfter);

    public static Refusal NotFound() => new(RefusalKind.NotFound, []);
}
