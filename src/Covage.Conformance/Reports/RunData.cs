using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Covage.Conformance.Reports;

/// <summary>
/// run.json: everything the other reports are made from (scenarios loaded, results with their steps,
/// errors and exchanges, rules, hashes), so <c>merge-reports</c> can rebuild every report of a sharded
/// run. <see cref="Shards"/> names the parts it holds (<c>1/4</c>; empty for a whole run).
/// </summary>
internal sealed record RunData(int Format, IReadOnlyList<string> Shards, RunReport Report)
{
    public const string FileName = "run.json";
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(RunData data, string path) => File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(data, Options));

    /// <summary>Reads a run.json; throws <see cref="InvalidDataException"/> naming the file when it cannot be used.</summary>
    public static RunData Read(string path)
    {
        RunData? data;
        try
        {
            data = JsonSerializer.Deserialize<RunData>(File.ReadAllBytes(path), Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a run.json the kit wrote: {e.Message}", e);
        }

        return data switch
        {
            null => throw new InvalidDataException($"{path} is empty"),
            { Format: not CurrentFormat } => throw new InvalidDataException($"{path} has format {data.Format}; this kit reads format {CurrentFormat}"),
            _ => data,
        };
    }
}
