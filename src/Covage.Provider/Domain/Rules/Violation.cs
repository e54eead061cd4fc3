namespace Covage.Provider.Domain.Rules;

/// <summary>One broken rule: which rule, which field (a dotted path such as <c>end_customer.contact.email</c>), and why.</summary>
internal sealed record Violation(string RuleId, string Field, string Message);
