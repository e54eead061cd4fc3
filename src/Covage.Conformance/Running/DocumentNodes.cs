using System.Collections.Specialized;
using Io.Cucumber.Messages.Types;

namespace Covage.Conformance.Running;

/// <summary>
/// The nodes of a parsed feature that pickles point at (scenarios, example rows, steps), by id; and
/// the refusals of what Gherkin would drop silently (a feature without scenarios, a scenario without
/// steps, an outline without example rows).
/// </summary>
internal sealed class DocumentNodes
{
    public Dictionary<string, (Scenario Node, Rule? Rule)> Scenarios { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ExampleRow> Rows { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Step> Steps { get; } = new(StringComparer.Ordinal);

    public static DocumentNodes Of(string path, Feature feature)
    {
        var nodes = new DocumentNodes();
        foreach (var child in feature.Children)
        {
            nodes.Add(path, child.Background, child.Scenario, null);
            if (child.Rule is { } rule)
            {
                foreach (var ruleChild in rule.Children)
                {
                    nodes.Add(path, ruleChild.Background, ruleChild.Scenario, rule);
                }
            }
        }

        if (nodes.Scenarios.Count == 0)
        {
            throw new GherkinLoadException($"{path}:{feature.Location.Line}: feature '{feature.Name}' has no scenarios");
        }

        return nodes;
    }

    private void Add(string path, Background? background, Scenario? scenario, Rule? rule)
    {
        foreach (var step in background?.Steps ?? [])
        {
            Steps[step.Id] = step;
        }

        if (scenario is null)
        {
            return;
        }

        var outline = scenario.Examples.Count > 0;
        if (scenario.Steps.Count == 0)
        {
            throw new GherkinLoadException($"{path}:{scenario.Location.Line}: {(outline ? "scenario outline" : "scenario")} '{scenario.Name}' has no steps (Gherkin would drop it silently)");
        }

        foreach (var step in scenario.Steps)
        {
            Steps[step.Id] = step;
        }

        Scenarios[scenario.Id] = (scenario, rule);
        if (outline)
        {
            LabelRows(path, scenario);
        }
    }

    /// <summary>Labels each examples row "Examples name #n"; numbering runs across the outline when two blocks share a name, so labels stay unique.</summary>
    private void LabelRows(string path, Scenario outline)
    {
        var blocks = outline.Examples.Where(e => e.TableHeader is not null).ToList();
        if (blocks.Sum(e => e.TableBody.Count) == 0)
        {
            throw new GherkinLoadException($"{path}:{outline.Location.Line}: scenario outline '{outline.Name}' has no examples rows (Gherkin would drop it silently)");
        }

        var names = blocks.Select(e => string.IsNullOrWhiteSpace(e.Name) ? null : e.Name.Trim()).ToList();
        var continuous = names.Count != names.Distinct(StringComparer.Ordinal).Count();
        var number = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            if (!continuous)
            {
                number = 0;
            }

            var header = blocks[b].TableHeader!.Cells.Select(c => c.Value).ToList();
            foreach (var row in blocks[b].TableBody)
            {
                var arguments = new OrderedDictionary();
                for (var i = 0; i < header.Count && i < row.Cells.Count; i++)
                {
                    arguments[header[i]] = row.Cells[i].Value;
                }

                Rows[row.Id] = new ExampleRow((int)row.Location.Line, $"{names[b] ?? "example"} #{++number}", names[b], blocks[b], arguments);
            }
        }
    }
}

/// <summary>One examples row of an outline: where it is, its label in scenario names, its values by column.</summary>
internal sealed record ExampleRow(int Line, string Label, string? ExamplesName, Examples Examples, OrderedDictionary Arguments);
