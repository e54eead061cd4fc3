using System.Text.RegularExpressions;

namespace Covage.Conformance.Reports;

/// <summary>One row of the kit's rule catalogue (features/RULES.md).</summary>
internal sealed partial record CatalogueRule(string Id, string Statement, string Source, string Kind, string Reading)
{
    /// <summary>
    /// Reads the Markdown table rows whose first cell is a rule ID (<c>ORD-TYPE</c>); other lines
    /// (headers, prose, separators) are ignored. A missing file gives an empty catalogue.
    /// </summary>
    public static IReadOnlyList<CatalogueRule> Load(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path)) : [];

    public static IReadOnlyList<CatalogueRule> Parse(string markdown)
    {
        var rules = new List<CatalogueRule>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith('|'))
            {
                continue;
            }

            var cells = Cells(line);
            if (cells.Count < 2)
            {
                continue;
            }

            var id = cells[0].Trim('`', '*', ' ');
            if (!RuleId().IsMatch(id) || !seen.Add(id))
            {
                continue;
            }

            rules.Add(new CatalogueRule(id, Cell(cells, 1), Cell(cells, 2), Cell(cells, 3).ToLowerInvariant(), Cell(cells, 4)));
        }

        return rules;
    }

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)+$")]
    public static partial Regex RuleId();

    private static string Cell(List<string> cells, int index) => index < cells.Count ? cells[index] : "";

    // Splits on unescaped pipes; "\|" stays inside a cell as "|".
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == '|')
            {
                current.Append('|');
                i++;
            }
            else if (line[i] == '|')
            {
                cells.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(line[i]);
            }
        }

        if (current.ToString().Trim().Length > 0)
        {
            cells.Add(current.ToString().Trim());
        }

        return cells;
    }
}
