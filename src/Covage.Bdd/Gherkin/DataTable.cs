namespace Covage.Bdd;

/// <summary>A step's data table: the first row is the header.</summary>
public sealed class DataTable
{
    /// <summary>Creates a table from raw rows (first row = header).</summary>
    public DataTable(IReadOnlyList<IReadOnlyList<string>> rawRows)
    {
        RawRows = rawRows;
        Header = rawRows.Count > 0 ? rawRows[0] : [];
        Rows = [.. rawRows.Skip(1).Select(r => (IReadOnlyDictionary<string, string>)Header.Select((h, i) => (h, v: i < r.Count ? r[i] : ""))
            .GroupBy(p => p.h).ToDictionary(g => g.Key, g => g.First().v, StringComparer.Ordinal))];
    }

    /// <summary>The header cells.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The body rows, by header cell.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    /// <summary>Every row, header included.</summary>
    public IReadOnlyList<IReadOnlyList<string>> RawRows { get; }
}
