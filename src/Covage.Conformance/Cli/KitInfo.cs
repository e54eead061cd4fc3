using System.Reflection;

namespace Covage.Conformance.Cli;

/// <summary>The kit's version and where its features and schemas are found.</summary>
internal static class KitInfo
{
    public const string ProgramName = "covage-conformance";

    /// <summary>
    /// The command as the user types it: <c>./run-conformance.sh</c> when the script started the CLI
    /// (it sets COVAGE_PROGRAM_NAME), else the tool's command name.
    /// </summary>
    public static string CommandName =>
        Environment.GetEnvironmentVariable("COVAGE_PROGRAM_NAME") is { Length: > 0 } name ? name : ProgramName;

    /// <summary>The informational version without the source-control suffix.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The features copied beside the built CLI, else ./features.</summary>
    public static string DefaultFeaturesDirectory() => Beside("features");

    /// <summary>The schemas copied beside the built CLI, else ./schemas.</summary>
    public static string DefaultSchemasDirectory() => Beside("schemas");

    /// <summary>The kit's schemas folder; a usage error when its map (endpoints.json) is missing.</summary>
    public static string RequireSchemasDirectory()
    {
        var directory = DefaultSchemasDirectory();
        return File.Exists(Path.Combine(directory, "endpoints.json"))
            ? directory
            : throw new UsageException($"schemas not found: {Path.Combine(directory, "endpoints.json")} is missing");
    }

    private static string Beside(string name)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, name);
        return Directory.Exists(beside) && Directory.EnumerateFileSystemEntries(beside).Any() ? beside : Path.GetFullPath(name);
    }

    private static string ReadVersion()
    {
        var version = typeof(KitInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus > 0 ? version[..plus] : version;
    }
}
