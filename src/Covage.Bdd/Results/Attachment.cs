namespace Covage.Bdd;

/// <summary>Something a step recorded for the reports (a request, a response…).</summary>
public sealed record Attachment(string Name, string MediaType, string Content);
