using System.Collections.Concurrent;
using Gherkin;
using Gherkin.Ast;

namespace Covage.Bdd;

/// <summary>
/// Gherkin 5 re-reads its whole languages file on every dialect lookup (at least once per parsed
/// file); dialects never change, so one copy per language serves every parse.
/// </summary>
internal sealed class CachedDialects : GherkinDialectProvider
{
    private static readonly ConcurrentDictionary<string, GherkinDialect> Dialects = new(StringComparer.Ordinal);

    public static CachedDialects Instance { get; } = new();

    public override GherkinDialect GetDialect(string language, Location location)
    {
        if (Dialects.TryGetValue(language, out var dialect))
        {
            return dialect;
        }

        // Unknown languages throw NoSuchLanguageException with the location, and are not cached.
        dialect = base.GetDialect(language, location);
        return Dialects.GetOrAdd(language, dialect);
    }
}
