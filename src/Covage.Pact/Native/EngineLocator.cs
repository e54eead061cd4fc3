using System.Reflection;
using System.Runtime.InteropServices;

namespace Covage.Pact.Native;

/// <summary>
/// Finds libpact_ffi.so: next to the assembly (copied by the build), in the directory named by
/// COVAGE_PACT_FFI_DIR, or in a <c>.tools/pact</c> folder above the assembly (the repository layout).
/// </summary>
internal static class EngineLocator
{
    internal const string FileName = "libpact_ffi.so";

    private static int registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(PactNative).Assembly, Resolve);
        }
    }

    public static IEnumerable<string> Candidates()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("COVAGE_PACT_FFI_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            yield return Path.Combine(fromEnvironment, FileName);
        }

        var assemblyDirectory = Path.GetDirectoryName(typeof(PactNative).Assembly.Location);
        var starts = new[] { assemblyDirectory, AppContext.BaseDirectory }
            .Where(d => !string.IsNullOrEmpty(d))
            .Distinct(StringComparer.Ordinal);
        foreach (var start in starts)
        {
            yield return Path.Combine(start!, FileName);
        }

        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start!); dir is not null; dir = dir.Parent)
            {
                yield return Path.Combine(dir.FullName, ".tools", "pact", FileName);
            }
        }
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != PactNative.Library)
        {
            return IntPtr.Zero;
        }

        foreach (var candidate in Candidates())
        {
            if (File.Exists(candidate) && NativeLibrary.TryLoad(candidate, out var loaded))
            {
                return loaded;
            }
        }

        // Fall back to the default probing (LD_LIBRARY_PATH, system folders).
        return NativeLibrary.TryLoad(libraryName, assembly, searchPath, out var fallback) ? fallback : IntPtr.Zero;
    }
}
