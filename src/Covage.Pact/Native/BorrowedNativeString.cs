using System.Runtime.InteropServices;

namespace Covage.Pact.Native;

/// <summary>Reads strings the engine keeps ownership of (version, mock server mismatches): never freed.</summary>
internal static class BorrowedNativeString
{
    public static string? Read(IntPtr pointer) => pointer == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(pointer);
}
