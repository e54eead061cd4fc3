using System.Text.RegularExpressions;

namespace Covage.Conformance.Reports;

/// <summary>
/// One row of the kit's rule catalogue (features/RULES.md). <see cref="JudgedByCertification"/>: the row
/// belongs to the section whose heading names <c>certify-client</c> (the kit's own client-behaviour
/// rules), judged by certify-client over a client's calls rather than by scenarios.
/// </summary>
internal sealed partial record CatalogueRule(string Id, string Statement, string Source, string Kind, string Reading, bool JudgedByCertification = false)
{
    /// <summary>The word in a section heading that marks its rules as judged by certify-client.</summary>
    public const string CertificationMarker = "certify-client";

    /// <summary>
    /// Reads the Markdown table rows whose first cell is a rule ID (<c>ORD-TYPE</c>); other lines
    /// (headers, prose, separators) are ignored, but a <c>## </c> heading naming <c>certify-client</c>
    /// marks the rows under it, until the next such heading. A missing file gives an empty catalogue.
    /// </summary>
    public static IReadOnlyList<CatalogueRule> Load(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path)) : [];

    public static IReadOnlyList<CatalogueRule> Parse(string markdown)
    {
        var rules = new List<CatalogueRule>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var certification = false;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                certification = line.Contains(CertificationMarker, StringComparison.Ordinal);
                continue;
            }

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

            rules.Add(new CatalogueRule(id, Cell(cells, 1), Cell(cells, 2), Cell(cells, 3).ToLowerInvariant(), Cell(cells, 4), certification));
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
