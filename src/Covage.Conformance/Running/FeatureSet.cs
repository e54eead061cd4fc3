using System.Collections.Specialized;
using System.Globalization;
using System.Text.RegularExpressions;
using Gherkin;
using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Io.Cucumber.Messages.Types;

namespace Covage.Conformance.Running;

/// <summary>
/// Feature files parsed (Gherkin 35: <c>Rule:</c>, <c>Example:</c>, rule backgrounds) and compiled
/// into runnable scenarios, one per pickle. Refuses what would otherwise vanish without a word:
/// a file without a feature, a feature without scenarios, a scenario without steps, an outline
/// without example rows.
/// </summary>
internal sealed partial class FeatureSet
{
    private FeatureSet(IReadOnlyList<FeatureFile> features, IReadOnlyList<ScenarioCase> scenarios)
    {
        Features = features;
        Scenarios = scenarios;
    }

    /// <summary>The features, in path order.</summary>
    public IReadOnlyList<FeatureFile> Features { get; }

    /// <summary>The scenarios, in file order, outlines expanded (one case per examples row).</summary>
    public IReadOnlyList<ScenarioCase> Scenarios { get; }

    /// <summary>Loads every <c>*.feature</c> under <paramref name="directory"/>; paths are relative to it, with '/'.</summary>
    public static FeatureSet Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new GherkinLoadException($"{directory}: no such features directory");
        }

        // One id generator for every feature, in path order: the ids of the documents and pickles are
        // unique across the run's Cucumber Messages (as Cucumber requires: its HTML report finds nodes and
        // pickles by id), and the same in every run of the same features (shards merge on them).
        var ids = new IncrementingIdGenerator();
        var sets = Directory.EnumerateFiles(directory, "*.feature", SearchOption.AllDirectories)
            .Select(file => (Relative: Path.GetRelativePath(directory, file).Replace('\\', '/'), File: file))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => Parse(f.Relative, File.ReadAllText(f.File), ids))
            .ToList();
        return new FeatureSet([.. sets.SelectMany(s => s.Features)], [.. sets.SelectMany(s => s.Scenarios)]);
    }

    /// <summary>
    /// Parses one feature's text; <paramref name="path"/> names it in ids, messages and reports.
    /// <paramref name="ids"/>: the generator shared by the features of one run (a fresh one if null).
    /// </summary>
    public static FeatureSet Parse(string path, string text, IIdGenerator? ids = null)
    {
        Gherkin.Ast.GherkinDocument ast;
        try
        {
            ast = new Parser().Parse(new StringReader(text));
        }
        catch (CompositeParserException e)
        {
            throw new GherkinLoadException(string.Join(Environment.NewLine, e.Errors.Select(x => $"{path}:{x.Location?.Line ?? 1}: {StripLocation(x.Message)}")));
        }
        catch (ParserException e)
        {
            throw new GherkinLoadException($"{path}:{e.Location?.Line ?? 1}: {StripLocation(e.Message)}");
        }

        if (ast.Feature is null)
        {
            throw new GherkinLoadException($"{path}:1: no 'Feature:' in this file");
        }

        // One id generator for the document and its pickles: the pickles point at the document's nodes.
        ids ??= new IncrementingIdGenerator();
        var document = new AstMessagesConverter(ids).ConvertGherkinDocumentToEventArgs(ast, path);
        var pickles = new PickleCompiler(ids).Compile(document);
        var feature = document.Feature;
        var nodes = DocumentNodes.Of(path, feature);

        var featureTags = Bare(feature.Tags.Select(t => t.Name));
        var info = new Reqnroll.FeatureInfo(Culture(feature.Language), FolderOf(path), feature.Name, feature.Description ?? "",
            Reqnroll.ProgrammingLanguage.CSharp, featureTags, new FeatureMessages(new Source(path, text, SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN), document, pickles));
        var starts = new List<PickleStart>();
        var cases = new List<ScenarioCase>();
        var compiled = new CompiledFeature(info, pickles, starts);
        for (var index = 0; index < pickles.Count; index++)
        {
            var pickle = pickles[index];
            var scenario = nodes.Scenarios[pickle.AstNodeIds[0]];
            var row = pickle.AstNodeIds.Count > 1 ? nodes.Rows[pickle.AstNodeIds[1]] : null;
            var rule = scenario.Rule;
            starts.Add(new PickleStart(
                scenario.Node.Name,
                scenario.Node.Description ?? "",
                Bare(scenario.Node.Tags.Select(t => t.Name).Concat(row?.Examples.Tags.Select(t => t.Name) ?? [])),
                row?.Arguments ?? new OrderedDictionary(),
                Bare(feature.Tags.Select(t => t.Name).Concat(rule?.Tags.Select(t => t.Name) ?? [])),
                rule is null ? null : new Reqnroll.RuleInfo(rule.Name, rule.Description ?? "", Bare(rule.Tags.Select(t => t.Name)))));

            var steps = new List<ScenarioStep>();
            var previous = "Given";
            foreach (var pickleStep in pickle.Steps)
            {
                var step = nodes.Steps[pickleStep.AstNodeIds[0]];
                var keyword = pickleStep.Type switch
                {
                    PickleStepType.CONTEXT => "Given",
                    PickleStepType.ACTION => "When",
                    PickleStepType.OUTCOME => "Then",
                    _ => previous,
                };
                previous = keyword;
                var table = pickleStep.Argument?.DataTable is { } dataTable
                    ? new StepTable([.. dataTable.Rows.Select(r => (IReadOnlyList<string>)[.. r.Cells.Select(c => c.Value)])])
                    : null;
                var doc = pickleStep.Argument?.DocString is { } docString ? new DocString(docString.Content, NullIfEmpty(docString.MediaType)) : null;
                steps.Add(new ScenarioStep(keyword, pickleStep.Text, (int)step.Location.Line, table, doc) { WrittenKeyword = step.Keyword.Trim() });
            }

            var line = (int)scenario.Node.Location.Line;
            var id = row is null ? $"{path}:{line}" : $"{path}:{line}:{row.Line}";
            var name = row is null ? pickle.Name : $"{pickle.Name} ({row.Label})";
            cases.Add(new ScenarioCase(id, name, feature.Name, path, line, [.. pickle.Tags.Select(t => t.Name).Distinct(StringComparer.Ordinal)], steps, row?.ExamplesName)
            {
                Source = compiled,
                PickleIndex = index,
                RuleName = rule?.Name,
            });
        }

        var file = new FeatureFile(feature.Name, path, [.. feature.Tags.Select(t => t.Name)], feature.Description?.Trim() ?? "");
        return new FeatureSet([file], cases);
    }

    /// <summary>Reqnroll's convention: tags without their '@' (hook scopes and the runtime compare them so).</summary>
    private static string[] Bare(IEnumerable<string> tags) => [.. tags.Select(t => t.TrimStart('@'))];

    private static string FolderOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>
    /// A specific culture for the feature's language ("en" → en-US, "fr" → fr-FR). Reqnroll turns a
    /// neutral one into a specific one through its Gherkin dialect tables before every binding call,
    /// and with invariant globalization that never settles: the lookup would cost more than the step.
    /// </summary>
    private static CultureInfo Culture(string language)
    {
        var name = language.Contains('-', StringComparison.Ordinal) ? language
            : language == "en" ? "en-US"
            : $"{language}-{language.ToUpperInvariant()}";
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo("en-US");
        }
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string StripLocation(string message) => LocationPrefix().Replace(message, "");

    [GeneratedRegex(@"^\(\d+:\d+\): ")]
    private static partial Regex LocationPrefix();
}
