using Covage.Pact.Native;

namespace Covage.Pact;

/// <summary>
/// Process-wide access to the Pact engine (libpact_ffi): loading, version and the one-time logging setup.
/// </summary>
public static class PactEngine
{
    private static readonly Lazy<string> LoadedVersion = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly object LogGate = new();
    private static bool logInstalled;

    /// <summary>The engine's version (e.g. <c>0.5.8</c>); loads the engine on first use.</summary>
    /// <exception cref="PactEngineException">The engine library cannot be found or loaded.</exception>
    public static string Version => LoadedVersion.Value;

    /// <summary>Loads the engine now, so a missing library is reported before any work starts.</summary>
    /// <exception cref="PactEngineException">The engine library cannot be found or loaded.</exception>
    public static void EnsureLoaded() => _ = LoadedVersion.Value;

    /// <summary>
    /// Sends the engine's own log to stderr at <paramref name="level"/>. The engine accepts one logger
    /// per process, so later calls do nothing and return false.
    /// </summary>
    public static bool EnableLogging(PactLogLevel level)
    {
        EnsureLoaded();
        lock (LogGate)
        {
            if (logInstalled)
            {
                return false;
            }

            logInstalled = true;
            return PactNative.LogToStderr((int)level) == 0;
        }
    }

    private static string Load()
    {
        // The engine reads this when it first starts; anonymous usage tracking is of no use to the kit
        // and prints a warning on every run.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PACT_DO_NOT_TRACK")))
        {
            Environment.SetEnvironmentVariable("PACT_DO_NOT_TRACK", "true");
        }

        EngineLocator.Register();
        try
        {
            return BorrowedNativeString.Read(PactNative.Version()) ?? "unknown";
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            throw LoadFailure(e);
        }
    }

    /// <summary>One line: what failed, where the engine was looked for, and how to get it (in a clone or with the tool).</summary>
    internal static PactEngineException LoadFailure(Exception cause)
    {
        var candidates = EngineLocator.Candidates().ToList();
        var found = candidates.FirstOrDefault(File.Exists);
        // The loader's message runs over several lines (strace and LD_DEBUG advice); its first line says it all.
        var why = found is null
            ? "not found"
            : $"{found} could not be loaded ({cause.Message.Split('\n')[0].Trim().TrimEnd(':')})";
        var looked = string.Join(", ", candidates.Take(4));
        return new PactEngineException(
            $"The Pact engine ({EngineLocator.FileName}) could not be loaded: {why}; looked in {looked}. " +
            "In a clone of the kit run 'bash eng/fetch-pact.sh'; otherwise set COVAGE_PACT_FFI_DIR to a folder holding it " +
            "(it is prebuilds/linux-x64/libpact_ffi.so in the npm package @pact-foundation/pact-core-linux-x64-glibc@20.2.0).",
            cause);
    }
}
