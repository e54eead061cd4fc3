using System.Text.Json.Nodes;

namespace Covage.Conformance.Tests.Sharding;

/// <summary>A Cucumber Messages file as the tests read it: the envelopes in order, by kind.</summary>
internal sealed class Messages
{
    private readonly List<(string Kind, JsonObject Message)> _envelopes;

    private Messages(List<(string Kind, JsonObject Message)> envelopes) => _envelopes = envelopes;

    public IReadOnlyList<string> Kinds => [.. _envelopes.Select(e => e.Kind)];

    public static Messages Read(string folder) =>
        new([.. File.ReadLines(Path.Combine(folder, "cucumber-messages.ndjson")).Where(l => l.Length > 0).Select(l =>
        {
            var envelope = JsonNode.Parse(l)!.AsObject();
            var (kind, message) = envelope.Single();
            return (kind, message!.AsObject());
        })]);

    public int Count(string kind) => _envelopes.Count(e => e.Kind == kind);

    public JsonObject Message(string kind) => _envelopes.Single(e => e.Kind == kind).Message;

    public IEnumerable<JsonObject> All(string kind) => _envelopes.Where(e => e.Kind == kind).Select(e => e.Message);

    /// <summary>How many test steps ended with each status, e.g. <c>PASSED=120,SKIPPED=4</c>.</summary>
    public string Statuses() => string.Join(",", All("testStepFinished").GroupBy(m => m["testStepResult"]!["status"]!.GetValue<string>())
        .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}"));

    public void AssertIdsUniqueAndReferencesResolved()
    {
        var ids = _envelopes.Where(e => e.Message["id"] is not null).Select(e => e.Message["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var run = Message("testRunStarted")["id"]!.GetValue<string>();
        var pickles = Ids("pickle");
        var definitions = Ids("stepDefinition");
        var hooks = Ids("hook");
        var testCases = Ids("testCase");
        var started = Ids("testCaseStarted");
        foreach (var testCase in All("testCase"))
        {
            Assert.Contains(testCase["pickleId"]!.GetValue<string>(), pickles);
            Assert.Equal(run, testCase["testRunStartedId"]?.GetValue<string>() ?? run);
            foreach (var step in testCase["testSteps"]!.AsArray())
            {
                Assert.All(step!["stepDefinitionIds"]?.AsArray() ?? [], d => Assert.Contains(d!.GetValue<string>(), definitions));
                if (step["hookId"] is { } hook)
                {
                    Assert.Contains(hook.GetValue<string>(), hooks);
                }
            }
        }

        Assert.All(All("testCaseStarted"), s => Assert.Contains(s["testCaseId"]!.GetValue<string>(), testCases));
        Assert.All(All("testCaseFinished"), f => Assert.Contains(f["testCaseStartedId"]!.GetValue<string>(), started));
        Assert.All(All("testRunHookStarted"), h =>
        {
            Assert.Contains(h["hookId"]!.GetValue<string>(), hooks);
            Assert.Equal(run, h["testRunStartedId"]!.GetValue<string>());
        });
        Assert.Equal(run, Message("testRunFinished")["testRunStartedId"]!.GetValue<string>());
    }

    private HashSet<string> Ids(string kind) => [.. All(kind).Select(m => m["id"]!.GetValue<string>())];
}
