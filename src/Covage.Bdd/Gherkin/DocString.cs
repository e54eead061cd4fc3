namespace Covage.Bdd;

/// <summary>A step's doc string and its optional content type.</summary>
public sealed record DocString(string Content, string? ContentType);
