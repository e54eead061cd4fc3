using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Covage.Conformance.Reports;

/// <summary>
/// Merges the Cucumber Messages files of a sharded run into one valid stream: one <c>meta</c>, one
/// <c>testRunStarted</c> (the earliest) and one <c>testRunFinished</c> (the latest, successful only if
/// every shard was); the step definitions, hooks and parameter types once (each shard names them with
/// ids of its own: they are mapped to the first shard's, and every reference follows); the sources,
/// documents and pickles once (the kit numbers them the same way in every shard, and a shard whose
/// copy differs is refused); then every shard's test run hooks and test cases, in shard order, whose
/// ids must be unique across shards.
/// </summary>
internal static class CucumberMessagesMerge
{
    private static readonly HashSet<string> Definitions = new(StringComparer.Ordinal) { "parameterType", "stepDefinition", "hook" };
    private static readonly HashSet<string> Documents = new(StringComparer.Ordinal) { "source", "gherkinDocument", "pickle" };

    /// <summary>Merges <paramref name="shards"/> (in shard order) into <paramref name="outputPath"/>; throws <see cref="InvalidDataException"/> naming the shard that does not fit.</summary>
    public static void Merge(IReadOnlyList<(string Source, string Path)> shards, string outputPath)
    {
        string? runId = null;
        JsonObject? started = null;
        JsonObject? finished = null;
        string? meta = null;
        var definitions = new List<string>();
        var definitionIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var documents = new List<string>();
        var documentLines = new Dictionary<string, (string Source, string Line)>(StringComparer.Ordinal);
        var bodies = new List<string>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (source, path) in shards)
        {
            var shardIds = new Dictionary<string, string>(StringComparer.Ordinal);
            var shardStarted = false;
            foreach (var line in File.ReadLines(path))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                var (kind, message) = Read(source, line);
                switch (kind)
                {
                    case "meta":
                        meta ??= line;
                        break;
                    case "testRunStarted":
                        shardStarted = true;
                        runId ??= message["id"]?.GetValue<string>() ?? throw new InvalidDataException($"{source}: testRunStarted has no id");
                        started = started is null || Earlier(message, started) ? message : started;
                        break;
                    case "testRunFinished":
                        finished = Finished(finished, message);
                        break;
                    case var _ when Definitions.Contains(kind):
                        var shardId = message["id"]!.GetValue<string>();
                        var identity = kind + Without(message, "id");
                        if (!definitionIds.TryGetValue(identity, out var kept))
                        {
                            definitionIds[identity] = kept = shardId;
                            definitions.Add(line);
                        }

                        shardIds[shardId] = kept;
                        break;
                    case var _ when Documents.Contains(kind):
                        var key = kind + ":" + (kind == "pickle" ? message["id"]!.GetValue<string>() : message["uri"]!.GetValue<string>());
                        if (!documentLines.TryGetValue(key, out var first))
                        {
                            documentLines[key] = (source, line);
                            documents.Add(line);
                        }
                        else if (!JsonNode.DeepEquals(JsonNode.Parse(first.Line), JsonNode.Parse(line)))
                        {
                            throw new InvalidDataException($"{source}: its {key} differs from {first.Source}'s: the shards did not read the same features");
                        }

                        break;
                    default:
                        if (!shardStarted)
                        {
                            throw new InvalidDataException($"{source}: {kind} before testRunStarted: not a Cucumber Messages file the kit wrote");
                        }

                        if (message["id"] is JsonValue id && id.TryGetValue<string>(out var text) && !ids.TryAdd(text, source))
                        {
                            throw new InvalidDataException($"{source}: {kind} id {text} is also used in {ids[text]}");
                        }

                        bodies.Add(Remap(message, runId!, shardIds) ? Wrap(kind, message) : line);
                        break;
                }
            }

            if (!shardStarted)
            {
                throw new InvalidDataException($"{source}: no testRunStarted: not a Cucumber Messages file the kit wrote");
            }
        }

        using var output = new StreamWriter(outputPath, false, new UTF8Encoding(false));
        output.NewLine = "\n";
        var run = (JsonObject)started!.DeepClone();
        run["id"] = runId;
        output.WriteLine(Wrap("testRunStarted", run));
        if (meta is not null)
        {
            output.WriteLine(meta);
        }

        foreach (var line in definitions.Concat(documents).Concat(bodies))
        {
            output.WriteLine(line);
        }

        if (finished is not null)
        {
            finished["testRunStartedId"] = runId;
            output.WriteLine(Wrap("testRunFinished", finished));
        }
    }

    private static (string Kind, JsonObject Message) Read(string source, string line)
    {
        try
        {
            if (JsonNode.Parse(line) is JsonObject { Count: 1 } envelope && envelope.First() is { Value: JsonObject message } only)
            {
                return (only.Key, message);
            }
        }
        catch (JsonException)
        {
        }

        throw new InvalidDataException($"{source}: a line that is not a Cucumber message envelope: {(line.Length > 80 ? line[..80] + "…" : line)}");
    }

    /// <summary>Points the message's references at the merged run's ids; true when anything changed.</summary>
    private static bool Remap(JsonNode? node, string runId, Dictionary<string, string> definitionIds)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (name == "testRunStartedId" && value?.GetValue<string>() != runId)
                    {
                        obj[name] = runId;
                        changed = true;
                    }
                    else if (name == "hookId" && value is JsonValue hook && definitionIds.TryGetValue(hook.GetValue<string>(), out var kept) && kept != hook.GetValue<string>())
                    {
                        obj[name] = kept;
                        changed = true;
                    }
                    else if (name == "stepDefinitionIds" && value is JsonArray list)
                    {
                        for (var i = 0; i < list.Count; i++)
                        {
                            if (definitionIds.TryGetValue(list[i]!.GetValue<string>(), out var mapped) && mapped != list[i]!.GetValue<string>())
                            {
                                list[i] = mapped;
                                changed = true;
                            }
                        }
                    }
                    else
                    {
                        changed |= Remap(value, runId, definitionIds);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    changed |= Remap(item, runId, definitionIds);
                }

                break;
        }

        return changed;
    }

    private static JsonObject Finished(JsonObject? merged, JsonObject next)
    {
        if (merged is null)
        {
            return next;
        }

        var success = merged["success"]?.GetValue<bool>() == true && next["success"]?.GetValue<bool>() == true;
        var result = Earlier(merged, next) ? next : merged;
        var failing = merged["success"]?.GetValue<bool>() == true ? next : merged;
        result = (JsonObject)result.DeepClone();
        result["success"] = success;
        foreach (var field in new[] { "message", "exception" })
        {
            result.Remove(field);
            if (!success && failing[field] is { } value)
            {
                result[field] = value.DeepClone();
            }
        }

        return result;
    }

    private static bool Earlier(JsonObject a, JsonObject b) => Seconds(a) < Seconds(b);

    private static decimal Seconds(JsonObject message) =>
        message["timestamp"] is JsonObject t ? t["seconds"]!.GetValue<long>() + (t["nanos"]?.GetValue<long>() ?? 0) / 1_000_000_000m : 0;

    private static string Without(JsonObject message, string field)
    {
        var copy = (JsonObject)message.DeepClone();
        copy.Remove(field);
        return copy.ToJsonString();
    }

    private static string Wrap(string kind, JsonObject message) =>
        new JsonObject { [kind] = message.Parent is null ? message : message.DeepClone() }.ToJsonString(ReportJson.Compact);
}
