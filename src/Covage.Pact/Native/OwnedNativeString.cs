using System.Runtime.InteropServices;

namespace Covage.Pact.Native;

/// <summary>
/// A string the engine handed over to the caller; released exactly once with pactffi_string_delete.
/// </summary>
internal sealed class OwnedNativeString : SafeHandle
{
    public OwnedNativeString() : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    internal OwnedNativeString(IntPtr pointer) : this() => SetHandle(pointer);

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Reads the UTF-8 text, or null when the engine returned NULL.</summary>
    public string? Read() => IsInvalid ? null : Marshal.PtrToStringUTF8(handle);

    /// <summary>Takes ownership of <paramref name="pointer"/>, reads it and frees it.</summary>
    public static string? TakeAndFree(IntPtr pointer)
    {
        using var owned = new OwnedNativeString(pointer);
        return owned.Read();
    }

    protected override bool ReleaseHandle()
    {
        PactNative.StringDelete(handle);
        return true;
    }
}
