namespace Covage.Conformance.Running;

/// <summary>Something a step recorded for the reports (a request, a response…).</summary>
internal sealed record Attachment(string Name, string MediaType, string Content);
