namespace Covage.Conformance.Running;

/// <summary>A step's doc string and its optional content type.</summary>
internal sealed record DocString(string Content, string? ContentType);
