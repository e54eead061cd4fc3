using System.Runtime.InteropServices;

namespace Covage.Pact.Native;

/// <summary>
/// The engine's verifier prints its whole report on the process's standard output (file descriptor 1),
/// with no option to stop it; the same text comes back through <c>pactffi_verifier_output</c>. While a
/// verification runs, descriptor 1 points at /dev/null so the caller decides what to print. Nested and
/// concurrent verifications share one redirection: the first in redirects, the last out restores.
/// </summary>
internal static partial class EngineStdout
{
    private const int StdoutFd = 1;
    private const int WriteOnly = 1;
    private static readonly Lock Gate = new();
    private static int depth;
    private static int saved = -1;

    /// <summary>Sends descriptor 1 to /dev/null until the returned scope is disposed (no-op off Unix).</summary>
    public static EngineStdoutScope Silence()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return new EngineStdoutScope(false);
        }

        lock (Gate)
        {
            if (depth == 0)
            {
                // What .NET already wrote must reach the real output first.
                Console.Out.Flush();
                var devNull = Open("/dev/null", WriteOnly);
                if (devNull < 0)
                {
                    return new EngineStdoutScope(false);
                }

                saved = Dup(StdoutFd);
                if (saved < 0 || Dup2(devNull, StdoutFd) < 0)
                {
                    _ = Close(devNull);
                    return new EngineStdoutScope(false);
                }

                _ = Close(devNull);
            }

            depth++;
            return new EngineStdoutScope(true);
        }
    }

    internal static void Restore()
    {
        lock (Gate)
        {
            if (--depth == 0 && saved >= 0)
            {
                _ = Dup2(saved, StdoutFd);
                _ = Close(saved);
                saved = -1;
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "dup")]
    private static partial int Dup(int fd);

    [LibraryImport("libc", EntryPoint = "dup2")]
    private static partial int Dup2(int from, int to);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
