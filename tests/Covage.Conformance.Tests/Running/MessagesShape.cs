using System.Text;
using System.Text.Json.Nodes;

namespace Covage.Conformance.Tests.Running;

/// <summary>
/// A Cucumber Messages file reduced to what does not change from run to run: the envelope kinds in
/// order (repeated kinds folded), the pickles with their steps, and each test case's step statuses
/// (hooks included) with the exception types they carry. Ids, timestamps and durations are left out.
/// </summary>
internal static class MessagesShape
{
    public static string Of(string ndjsonPath)
    {
        var envelopes = File.ReadLines(ndjsonPath).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        var text = new StringBuilder();
        string? previous = null;
        foreach (var kind in envelopes.Select(e => e.First().Key).Where(k => k is not ("testCase" or "testCaseStarted" or "testStepStarted" or "testStepFinished" or "testCaseFinished" or "attachment" or "suggestion")))
        {
            if (kind != previous)
            {
                text.Append("envelope ").Append(kind).Append('\n');
            }

            previous = kind;
        }

        var pickles = envelopes.Where(e => e.ContainsKey("pickle")).Select(e => e["pickle"]!).ToDictionary(p => p["id"]!.GetValue<string>());
        foreach (var pickle in pickles.Values)
        {
            var tags = string.Join(' ', pickle["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
            text.Append("pickle ").Append(pickle["name"]!.GetValue<string>()).Append(" [").Append(tags).Append("]: ")
                .AppendJoin(" | ", pickle["steps"]!.AsArray().Select(s => $"{s!["type"]} {s["text"]}")).Append('\n');
        }

        var testCases = envelopes.Where(e => e.ContainsKey("testCase")).Select(e => e["testCase"]!).ToDictionary(t => t["id"]!.GetValue<string>());
        var started = envelopes.Where(e => e.ContainsKey("testCaseStarted")).Select(e => e["testCaseStarted"]!)
            .ToDictionary(s => s["id"]!.GetValue<string>(), s => testCases[s["testCaseId"]!.GetValue<string>()]);
        var lines = new List<string>();
        foreach (var (startedId, testCase) in started)
        {
            var pickle = pickles[testCase["pickleId"]!.GetValue<string>()];
            var results = envelopes.Where(e => e.ContainsKey("testStepFinished") && e["testStepFinished"]!["testCaseStartedId"]!.GetValue<string>() == startedId)
                .Select(e => e["testStepFinished"]!)
                .ToDictionary(f => f["testStepId"]!.GetValue<string>(), f => f["testStepResult"]!);
            var steps = testCase["testSteps"]!.AsArray().Select(step =>
            {
                var kind = step!["hookId"] is not null ? "hook" : "step";
                var id = step["id"]!.GetValue<string>();
                var result = results[id];
                var exception = result["exception"]?["type"]?.GetValue<string>();
                var attachments = envelopes.Count(e => e.ContainsKey("attachment") && e["attachment"]!["testStepId"]?.GetValue<string>() == id);
                return $"{kind} {result["status"]}{(exception is null ? "" : " " + exception)}{(attachments > 0 ? $" +{attachments} attachments" : "")}";
            });
            lines.Add($"case {pickle["name"]!.GetValue<string>()}: {string.Join(", ", steps)}");
        }

        lines.Sort(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        text.Append("suggestions ").Append(envelopes.Count(e => e.ContainsKey("suggestion"))).Append('\n');
        var finished = envelopes.Last()["testRunFinished"];
        text.Append("testRunFinished success=").Append(finished?["success"]?.GetValue<bool>().ToString().ToLowerInvariant() ?? "(not last)").Append('\n');
        return text.ToString();
    }
}
