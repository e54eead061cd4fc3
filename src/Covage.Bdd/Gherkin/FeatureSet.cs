using System.Text.RegularExpressions;
using Gherkin;
using Gherkin.Ast;
using Gherkin.Pickles;

namespace Covage.Bdd;

/// <summary>
/// Feature files parsed and compiled into runnable scenarios. Refuses what Gherkin 5 would
/// silently misread or drop: <c>Rule:</c> and <c>Example:</c> keywords, features without
/// scenarios, scenarios without steps and outlines without examples.
/// </summary>
public sealed partial class FeatureSet
{
    private FeatureSet(IReadOnlyList<FeatureInfo> features, IReadOnlyList<ScenarioCase> scenarios)
    {
        Features = features;
        Scenarios = scenarios;
    }

    /// <summary>The features, in path order.</summary>
    public IReadOnlyList<FeatureInfo> Features { get; }

    /// <summary>The scenarios, in file order, outlines expanded (one case per examples row).</summary>
    public IReadOnlyList<ScenarioCase> Scenarios { get; }

    /// <summary>Loads every <c>*.feature</c> under <paramref name="directory"/>; paths are relative to it, with '/'.</summary>
    public static FeatureSet Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new GherkinLoadException($"{directory}: no such features directory");
        }

        var sets = Directory.EnumerateFiles(directory, "*.feature", SearchOption.AllDirectories)
            .Select(file => (Relative: Path.GetRelativePath(directory, file).Replace('\\', '/'), File: file))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => Parse(f.Relative, File.ReadAllText(f.File)))
            .ToList();
        return Combine(sets);
    }

    /// <summary>Several sets as one, in the order given.</summary>
    public static FeatureSet Combine(IEnumerable<FeatureSet> sets)
    {
        var list = sets.ToList();
        return new FeatureSet([.. list.SelectMany(s => s.Features)], [.. list.SelectMany(s => s.Scenarios)]);
    }

    /// <summary>Parses one feature's text; <paramref name="path"/> names it in ids and messages.</summary>
    public static FeatureSet Parse(string path, string text)
    {
        RefuseGherkin6Keywords(path, text);
        GherkinDocument document;
        try
        {
            document = new Parser().Parse(new TokenScanner(new StringReader(text)), new TokenMatcher(CachedDialects.Instance));
        }
        catch (CompositeParserException e)
        {
            throw new GherkinLoadException(string.Join(Environment.NewLine, e.Errors.Select(x => $"{path}:{x.Location?.Line ?? 1}: {StripLocation(x.Message)}")));
        }
        catch (ParserException e)
        {
            throw new GherkinLoadException($"{path}:{e.Location?.Line ?? 1}: {StripLocation(e.Message)}");
        }

        var feature = document.Feature ?? throw new GherkinLoadException($"{path}:1: no 'Feature:' in this file");
        var dialect = CachedDialects.Instance.GetDialect(feature.Language, feature.Location);
        var steps = new Dictionary<int, Step>();
        var rows = new Dictionary<int, (string? Name, string Label)>();
        var scenarioLines = new HashSet<int>();
        foreach (var child in feature.Children)
        {
            foreach (var step in child.Steps)
            {
                steps[step.Location.Line] = step;
            }

            if (child is Background)
            {
                continue;
            }

            var kind = child is ScenarioOutline ? "scenario outline" : "scenario";
            if (!child.Steps.Any())
            {
                throw new GherkinLoadException($"{path}:{child.Location.Line}: {kind} '{child.Name}' has no steps (Gherkin would drop it silently)");
            }

            scenarioLines.Add(child.Location.Line);
            if (child is ScenarioOutline outline)
            {
                LabelRows(path, outline, rows);
            }
        }

        if (scenarioLines.Count == 0)
        {
            throw new GherkinLoadException($"{path}:{feature.Location.Line}: feature '{feature.Name}' has no scenarios");
        }

        var cases = new List<ScenarioCase>();
        foreach (var pickle in new Compiler().Compile(document))
        {
            var locations = pickle.Locations.Select(l => l.Line).ToList();
            var scenarioLine = locations.First(scenarioLines.Contains);
            var rowLine = locations.FirstOrDefault(rows.ContainsKey);
            var name = pickle.Name;
            string? examplesName = null;
            if (rowLine != 0)
            {
                (examplesName, var label) = rows[rowLine];
                name = $"{name} ({label})";
            }

            var previous = "Given";
            var caseSteps = new List<ScenarioStep>();
            foreach (var pickleStep in pickle.Steps)
            {
                // Outline steps carry [row, step] locations: take the step's own line.
                var step = pickleStep.Locations.Select(l => steps.GetValueOrDefault(l.Line)).First(s => s is not null)!;
                var keyword = EffectiveKeyword(dialect, step.Keyword, previous);
                previous = keyword;
                var argument = pickleStep.Arguments.FirstOrDefault();
                var table = argument is PickleTable t
                    ? new DataTable([.. t.Rows.Select(r => (IReadOnlyList<string>)[.. r.Cells.Select(c => c.Value)])])
                    : null;
                var doc = argument is PickleString s ? new DocString(s.Content, NullIfEmpty((step.Argument as global::Gherkin.Ast.DocString)?.ContentType)) : null;
                caseSteps.Add(new ScenarioStep(keyword, pickleStep.Text, step.Location.Line, table, doc) { WrittenKeyword = step.Keyword.Trim() });
            }

            var id = rowLine != 0 ? $"{path}:{scenarioLine}:{rowLine}" : $"{path}:{scenarioLine}";
            cases.Add(new ScenarioCase(id, name, feature.Name, path, scenarioLine, [.. pickle.Tags.Select(t => t.Name).Distinct(StringComparer.Ordinal)], caseSteps, examplesName));
        }

        var info = new FeatureInfo(feature.Name, path, [.. feature.Tags.Select(t => t.Name)], feature.Description?.Trim() ?? "");
        return new FeatureSet([info], cases);
    }

    /// <summary>
    /// Gherkin 5 reads <c>Rule:</c> and <c>Example:</c> lines as description text, so their
    /// scenarios would vanish without a word. Doc string contents are text, not keywords.
    /// </summary>
    private static void RefuseGherkin6Keywords(string path, string text)
    {
        var lines = text.Split('\n');
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (fence is null && (trimmed.StartsWith("\"\"\"", StringComparison.Ordinal) || trimmed.StartsWith("```", StringComparison.Ordinal)))
            {
                fence = trimmed[..3];
                continue;
            }

            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                continue;
            }

            var match = Gherkin6Keyword().Match(lines[i]);
            if (match.Success)
            {
                throw new GherkinLoadException($"{path}:{i + 1}: '{match.Groups[1].Value}:' is a Gherkin 6 keyword that this engine's parser (Gherkin 5) would silently ignore; "
                    + (match.Groups[1].Value == "Rule" ? "drop the 'Rule:' line and tag its scenarios instead." : "write 'Scenario:' instead."));
            }
        }
    }

    /// <summary>Labels each examples row "Examples name #n"; numbering runs across the outline when two blocks share a name, so labels stay unique.</summary>
    private static void LabelRows(string path, ScenarioOutline outline, Dictionary<int, (string? Name, string Label)> rows)
    {
        var blocks = outline.Examples.Where(e => e.TableHeader is not null).ToList();
        if (blocks.Sum(e => e.TableBody?.Count() ?? 0) == 0)
        {
            throw new GherkinLoadException($"{path}:{outline.Location.Line}: scenario outline '{outline.Name}' has no examples rows (Gherkin would drop it silently)");
        }

        var names = blocks.Select(e => NullIfEmpty(e.Name?.Trim())).ToList();
        var continuous = names.Count != names.Distinct(StringComparer.Ordinal).Count();
        var number = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            if (!continuous)
            {
                number = 0;
            }

            foreach (var row in blocks[b].TableBody ?? [])
            {
                rows[row.Location.Line] = (names[b], $"{names[b] ?? "example"} #{++number}");
            }
        }
    }

    private static string EffectiveKeyword(GherkinDialect dialect, string written, string previous)
    {
        if (dialect.AndStepKeywords.Contains(written) || dialect.ButStepKeywords.Contains(written))
        {
            return previous;
        }

        return dialect.GivenStepKeywords.Contains(written) ? "Given"
            : dialect.WhenStepKeywords.Contains(written) ? "When"
            : dialect.ThenStepKeywords.Contains(written) ? "Then"
            : previous;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string StripLocation(string message) => LocationPrefix().Replace(message, "");

    [GeneratedRegex(@"^\s*(Rule|Example)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex Gherkin6Keyword();

    [GeneratedRegex(@"^\(\d+:\d+\): ")]
    private static partial Regex LocationPrefix();
}
