using System.Text.Json.Nodes;

namespace Covage.Conformance.PactVerification;

/// <summary>
/// Copies of the pact files in which every HTTP interaction's request carries one more header,
/// <see cref="Header"/>, naming the interaction. The <see cref="ProviderProxy"/> strips it before the
/// target sees the request and files the target's answer under it, so each verdict can show what the
/// provider really answered (the engine's report keeps only the differences).
/// </summary>
internal sealed class TaggedPacts : IDisposable
{
    public const string Header = "X-Covage-Pact-Interaction";

    private readonly string directory;

    private TaggedPacts(string directory, IReadOnlyList<string> files, IReadOnlyList<TaggedInteraction> interactions)
    {
        this.directory = directory;
        Files = files;
        Interactions = interactions;
    }

    /// <summary>The tagged copies, to give the engine instead of the originals.</summary>
    public IReadOnlyList<string> Files { get; }

    public IReadOnlyList<TaggedInteraction> Interactions { get; }

    public static TaggedPacts Write(IReadOnlyList<PactFile> pacts)
    {
        var directory = Directory.CreateTempSubdirectory("covage-pact-").FullName;
        var files = new List<string>();
        var interactions = new List<TaggedInteraction>();
        for (var f = 0; f < pacts.Count; f++)
        {
            var document = pacts[f].Document.DeepClone().AsObject();
            var consumer = Text(document["consumer"]?["name"]);
            var v4 = (Text(document["metadata"]?["pactSpecification"]?["version"]) ?? "").StartsWith('4');
            var list = document["interactions"] as JsonArray ?? [];
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is not JsonObject interaction || interaction["request"] is not JsonObject request
                    || (Text(interaction["type"]) is { } type && type != "Synchronous/HTTP"))
                {
                    continue;
                }

                var tag = $"{f}.{i}";
                var headers = request["headers"] as JsonObject ?? [];
                headers[Header] = v4 ? new JsonArray(tag) : tag;
                request["headers"] = headers;
                interactions.Add(new TaggedInteraction(tag, consumer, Text(interaction["description"]) ?? "", States(interaction)));
            }

            var copy = Path.Combine(directory, $"pact-{f}.json");
            File.WriteAllText(copy, document.ToJsonString());
            files.Add(copy);
        }

        return new TaggedPacts(directory, files, interactions);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind harms nothing.
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    // V3/V4 "providerStates": [{"name"...}], V2 "providerState": "...".
    private static string? States(JsonObject interaction) =>
        interaction["providerStates"] is JsonArray states
            ? string.Join("; ", states.Select(s => Text(s?["name"]) ?? ""))
            : Text(interaction["providerState"]);
}
