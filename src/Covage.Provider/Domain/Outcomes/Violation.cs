namespace Covage.Provider.Domain.Outcomes;

/// <summary>
/// One broken rule: which rule (its catalogue ID), which field (a dotted path such as
/// <c>end_customer.contact.email</c>), and why, in words. The message never repeats the rule ID: the
/// error envelope is the one place that puts them together.
/// </summary>
internal sealed record Violation(string RuleId, string Field, string Message);
