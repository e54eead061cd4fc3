using System.Text.RegularExpressions;
using Gherkin;
using Gherkin.Ast;
using Gherkin.Pickles;

namespace Covage.Bdd;

/// <summary>
/// Feature files parsed and compiled into runnable scenarios. Refuses what Gherkin 5 would
/// silently misread: <c>Rule:</c> and <c>Example:</c> keywords, and features without scenarios.
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

    /// <summary>The scenarios, in file order, outlines expanded.</summary>
    public IReadOnlyList<ScenarioCase> Scenarios { get; }

    /// <summary>Loads every <c>*.feature</c> under <paramref name="directory"/>.</summary>
    public static FeatureSet Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new GherkinLoadException($"{directory}: no such features directory");
        }

        var features = new List<FeatureInfo>();
        var scenarios = new List<ScenarioCase>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
            var one = Parse(relative, File.ReadAllText(file));
            features.AddRange(one.Features);
            scenarios.AddRange(one.Scenarios);
        }

        return new FeatureSet(features, scenarios);
    }

    /// <summary>Parses one feature's text; <paramref name="path"/> names it in ids and messages.</summary>
    public static FeatureSet Parse(string path, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Gherkin6Keyword().Match(lines[i]);
            if (match.Success)
            {
                throw new GherkinLoadException($"{path}:{i + 1}: '{match.Groups[1].Value}:' is a Gherkin 6 keyword this engine's parser does not know; use 'Scenario:' (and tags instead of 'Rule:').");
            }
        }

        GherkinDocument document;
        try
        {
            document = new Parser().Parse(new StringReader(text));
        }
        catch (CompositeParserException e)
        {
            throw new GherkinLoadException(string.Join(Environment.NewLine, e.Errors.Select(x => $"{path}:{x.Location?.Line}: {StripLocation(x.Message)}")));
        }
        catch (ParserException e)
        {
            throw new GherkinLoadException($"{path}:{e.Location?.Line}: {StripLocation(e.Message)}");
        }

        var feature = document.Feature ?? throw new GherkinLoadException($"{path}:1: no Feature in this file");
        var definitions = feature.Children.ToList();
        if (!definitions.Any(c => c is Scenario or ScenarioOutline))
        {
            throw new GherkinLoadException($"{path}:{feature.Location.Line}: feature '{feature.Name}' has no scenarios");
        }

        var steps = new Dictionary<int, Step>();
        var examplesByRow = new Dictionary<int, (string Name, int Index)>();
        var scenarioLines = new HashSet<int>();
        foreach (var child in definitions)
        {
            IEnumerable<Step> childSteps = child switch
            {
                Background b => b.Steps,
                Scenario s => s.Steps,
                ScenarioOutline o => o.Steps,
                _ => [],
            };
            foreach (var step in childSteps)
            {
                steps[step.Location.Line] = step;
            }

            if (child is Scenario or ScenarioOutline)
            {
                scenarioLines.Add(child.Location.Line);
            }

            if (child is ScenarioOutline outline)
            {
                foreach (var examples in outline.Examples)
                {
                    var index = 0;
                    foreach (var row in examples.TableBody ?? [])
                    {
                        examplesByRow[row.Location.Line] = (examples.Name, ++index);
                    }
                }
            }
        }

        var featureTags = feature.Tags.Select(t => t.Name).ToList();
        var cases = new List<ScenarioCase>();
        foreach (var pickle in new Compiler().Compile(document))
        {
            var locations = pickle.Locations.Select(l => l.Line).ToList();
            var scenarioLine = locations.FirstOrDefault(scenarioLines.Contains);
            var rowLine = locations.FirstOrDefault(examplesByRow.ContainsKey);
            var name = pickle.Name;
            string? examplesName = null;
            if (rowLine != 0)
            {
                var (examples, index) = examplesByRow[rowLine];
                examplesName = examples;
                name = $"{name} ({(string.IsNullOrWhiteSpace(examples) ? "example" : examples)} #{index})";
            }

            var previous = "Given";
            var caseSteps = new List<ScenarioStep>();
            foreach (var pickleStep in pickle.Steps)
            {
                var step = pickleStep.Locations.Select(l => steps.GetValueOrDefault(l.Line)).FirstOrDefault(s => s is not null);
                var raw = step?.Keyword.Trim() ?? "*";
                var keyword = raw is "Given" or "When" or "Then" ? raw : previous;
                previous = keyword;
                var argument = pickleStep.Arguments.FirstOrDefault();
                var table = argument is PickleTable t
                    ? new DataTable([.. t.Rows.Select(r => (IReadOnlyList<string>)[.. r.Cells.Select(c => c.Value)])])
                    : null;
                var doc = argument is PickleString s ? new DocString(s.Content, (step?.Argument as global::Gherkin.Ast.DocString)?.ContentType) : null;
                caseSteps.Add(new ScenarioStep(keyword, pickleStep.Text, pickleStep.Locations.First().Line, table, doc));
            }

            var id = rowLine != 0 ? $"{path}:{scenarioLine}:{rowLine}" : $"{path}:{scenarioLine}";
            cases.Add(new ScenarioCase(id, name, feature.Name, path, scenarioLine, [.. pickle.Tags.Select(t => t.Name).Distinct()], caseSteps, examplesName));
        }

        var info = new FeatureInfo(feature.Name, path, featureTags, feature.Description?.Trim() ?? "");
        return new FeatureSet([info], cases);
    }

    private static string StripLocation(string message) => LocationPrefix().Replace(message, "");

    [GeneratedRegex(@"^\s*(Rule|Example)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex Gherkin6Keyword();

    [GeneratedRegex(@"^\(\d+:\d+\): ")]
    private static partial Regex LocationPrefix();
}
