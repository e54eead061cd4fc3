using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Covage.Conformance.Running;

namespace Covage.Conformance.Reports;

/// <summary>
/// The standard Cucumber JSON report: features → elements (scenarios) → steps, each step with its
/// result status (passed, failed, skipped, undefined), duration in nanoseconds, and its attachments
/// as base64 embeddings (by default only those of failed steps: a passing run stays small).
/// </summary>
internal static partial class CucumberJsonWriter
{
    public static JsonArray Build(RunReport report, EmbedPolicy embed = EmbedPolicy.FailedSteps)
    {
        var features = new JsonArray();
        foreach (var (feature, results) in report.ByFeature())
        {
            var elements = new JsonArray();
            foreach (var result in results)
            {
                elements.Add(Element(feature, result, embed));
            }

            features.Add(new JsonObject
            {
                ["uri"] = feature.Path,
                ["id"] = Slug(feature.Name),
                ["keyword"] = "Feature",
                ["name"] = feature.Name,
                ["description"] = feature.Description,
                ["line"] = 1,
                ["tags"] = Tags(feature.Tags, 1),
                ["elements"] = elements,
            });
        }

        return features;
    }

    public static void Write(RunReport report, string path, EmbedPolicy embed = EmbedPolicy.FailedSteps) =>
        File.WriteAllText(path, Build(report, embed).ToJsonString(ReportJson.Indented), new UTF8Encoding(false));

    private static JsonObject Element(FeatureFile feature, ScenarioResult result, EmbedPolicy embed)
    {
        var scenario = result.Scenario;
        var steps = new JsonArray();
        foreach (var step in result.Steps)
        {
            steps.Add(Step(step, result, embed == EmbedPolicy.AllSteps || ResultKind.Fails(step.Outcome)));
        }

        // A scenario not applicable before its first step (a hook said so) still shows why.
        if (result.Outcome == Outcome.NotApplicable && result.Steps.All(s => s.Outcome != Outcome.NotApplicable) && steps.Count > 0)
        {
            steps[0]!["result"]!["error_message"] = "not applicable: " + result.NotApplicableReason;
        }

        return new JsonObject
        {
            ["id"] = $"{Slug(feature.Name)};{Slug(scenario.Name)}",
            ["keyword"] = scenario.ExamplesName is null ? "Scenario" : "Scenario Outline",
            ["type"] = "scenario",
            ["name"] = scenario.Name,
            ["description"] = "",
            ["line"] = scenario.Line,
            ["start_timestamp"] = result.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["tags"] = Tags(scenario.Tags, Math.Max(1, scenario.Line - 1)),
            ["steps"] = steps,
        };
    }

    private static JsonObject Step(StepResult step, ScenarioResult scenario, bool embed)
    {
        var resultNode = new JsonObject
        {
            ["status"] = Status(step.Outcome),
            ["duration"] = (long)(step.Duration.Ticks * 100),
        };
        if (step.Error is not null)
        {
            resultNode["error_message"] = step.Outcome == Outcome.NotApplicable ? "not applicable: " + step.Error : step.Error;
        }

        var node = new JsonObject
        {
            ["keyword"] = step.Step.Keyword.Trim() + " ",
            ["name"] = step.Step.Text,
            ["line"] = step.Step.Line,
            ["match"] = new JsonObject { ["location"] = $"{scenario.Scenario.FeaturePath}:{step.Step.Line}" },
            ["result"] = resultNode,
        };
        if (step.Step.DocString is { } doc)
        {
            node["doc_string"] = new JsonObject { ["content_type"] = doc.ContentType ?? "", ["value"] = doc.Content, ["line"] = step.Step.Line + 1 };
        }

        if (step.Step.Table is { } table)
        {
            node["rows"] = new JsonArray([.. table.RawRows.Select(r => (JsonNode)new JsonObject { ["cells"] = new JsonArray([.. r.Select(c => (JsonNode)JsonValue.Create(c)!)]) })]);
        }

        if (embed && step.Attachments.Count > 0)
        {
            node["embeddings"] = new JsonArray([.. step.Attachments.Select(a => (JsonNode)new JsonObject
            {
                ["mime_type"] = a.MediaType,
                ["name"] = a.Name,
                ["data"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(a.Content)),
            })]);
        }

        return node;
    }

    /// <summary>Cucumber's step statuses; not applicable is "skipped" with its reason as the error message, never "passed".</summary>
    public static string Status(Outcome outcome) => outcome switch
    {
        Outcome.Passed => "passed",
        Outcome.Failed => "failed",
        Outcome.Ambiguous => "ambiguous",
        Outcome.Undefined => "undefined",
        Outcome.Pending => "pending",
        _ => "skipped",
    };

    private static JsonArray Tags(IEnumerable<string> tags, int line) =>
        new([.. tags.Select(t => (JsonNode)new JsonObject { ["name"] = t, ["line"] = line })]);

    private static string Slug(string text) => NotSlug().Replace(text.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
