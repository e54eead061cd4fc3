namespace Covage.Conformance.Drivers;

/// <summary>Finds and loads the events matrix once per run (features folder beside the binary, or above the working directory).</summary>
internal static class EventMatrixSource
{
    /// <summary>Overrides where the features are (tests, or a runner given another features folder).</summary>
    public const string FeaturesVariable = "COVAGE_FEATURES_DIR";

    private static readonly Lazy<EventMatrix> Loaded = new(() => Load(Locate()));

    public static EventMatrix Matrix => Loaded.Value;

    public static EventMatrix Load(string file) =>
        EventMatrix.FromFeature(EventMatrix.FileName, File.ReadAllText(file));

    public static string Locate()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(FeaturesVariable) is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        candidates.Add(Path.Combine(AppContext.BaseDirectory, "features"));
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            candidates.Add(Path.Combine(dir.FullName, "features"));
        }

        return candidates.Select(c => Path.Combine(c, EventMatrix.FileName)).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"cannot find {EventMatrix.FileName} (looked in: {string.Join(", ", candidates)})");
    }
}
