namespace Covage.Conformance.Drivers;

/// <summary>Reads rule IDs out of <c>@rule:ID</c> tags (with or without the '@': Reqnroll hands tags to bindings without it).</summary>
internal static class RuleTags
{
    public const string Prefix = "rule:";

    public static IEnumerable<string> All(IEnumerable<string> tags) =>
        tags.Select(t => t.TrimStart('@')).Where(t => t.StartsWith(Prefix, StringComparison.Ordinal)).Select(t => t[Prefix.Length..]);

    public static string? First(IEnumerable<string> tags) => All(tags).FirstOrDefault();
}
