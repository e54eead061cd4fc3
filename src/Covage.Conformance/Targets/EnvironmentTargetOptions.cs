using System.Text.Json.Nodes;

namespace Covage.Conformance.Targets;

/// <summary>
/// Where the kit's steps go when a team runs them from its own Reqnroll project: the <c>covage</c>
/// section of reqnroll.json beside the tests, each value overridden by its environment variable
/// (COVAGE_TARGET, COVAGE_TOKEN, COVAGE_EMAIL, COVAGE_PASSWORD, COVAGE_SIMULATOR_KEY, COVAGE_FIXTURES,
/// COVAGE_SCHEMAS). No target URL means the built-in provider, in process.
/// </summary>
internal sealed record EnvironmentTargetOptions(string? Target, string? Token, string? Email, string? Password, string? SimulatorKey, string? Fixtures, string? Schemas)
{
    private static readonly (string Key, string Variable)[] Names =
    [
        ("target", "COVAGE_TARGET"), ("token", "COVAGE_TOKEN"), ("email", "COVAGE_EMAIL"), ("password", "COVAGE_PASSWORD"),
        ("simulatorKey", "COVAGE_SIMULATOR_KEY"), ("fixtures", "COVAGE_FIXTURES"), ("schemas", "COVAGE_SCHEMAS"),
    ];

    /// <summary>Reads the options; <paramref name="reqnrollJson"/> is the file's text or null, <paramref name="environment"/> reads a variable.</summary>
    public static EnvironmentTargetOptions Read(string? reqnrollJson, Func<string, string?> environment)
    {
        JsonObject? section = null;
        if (reqnrollJson is not null)
        {
            try
            {
                section = JsonNode.Parse(reqnrollJson, documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })?["covage"] as JsonObject;
            }
            catch (System.Text.Json.JsonException e)
            {
                throw new TargetException($"reqnroll.json is not valid JSON: {e.Message}");
            }
        }

        var values = Names.Select(n => environment(n.Variable) is { Length: > 0 } set ? set : section?[n.Key]?.GetValue<string>()).ToArray();
        return new EnvironmentTargetOptions(values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
    }

    public Task<TargetContext> OpenAsync(string defaultSchemas) =>
        TargetFactory.OpenAsync(Target is null ? null : new LiveTargetOptions(Target, Token, Email, Password, SimulatorKey, Fixtures), Schemas ?? defaultSchemas);
}
