using System.Runtime.InteropServices;

namespace Covage.Pact.Native;

/// <summary>
/// The libpact_ffi 0.5.8 entry points the kit uses. Handles are plain integers (pact: uint16,
/// interaction: uint32), Rust <c>bool</c> is one byte, and verifier flags are <c>unsigned char</c>.
/// </summary>
internal static partial class PactNative
{
    internal const string Library = "pact_ffi";

    [LibraryImport(Library, EntryPoint = "pactffi_version")]
    internal static partial IntPtr Version();

    [LibraryImport(Library, EntryPoint = "pactffi_log_to_stderr")]
    internal static partial int LogToStderr(int levelFilter);

    [LibraryImport(Library, EntryPoint = "pactffi_string_delete")]
    internal static partial void StringDelete(IntPtr value);

    // --- consumer side -------------------------------------------------------------------------

    [LibraryImport(Library, EntryPoint = "pactffi_new_pact", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial ushort NewPact(string consumer, string provider);

    [LibraryImport(Library, EntryPoint = "pactffi_with_specification")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithSpecification(ushort pact, int specification);

    [LibraryImport(Library, EntryPoint = "pactffi_new_interaction", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial uint NewInteraction(ushort pact, string description);

    [LibraryImport(Library, EntryPoint = "pactffi_given", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool Given(uint interaction, string state);

    [LibraryImport(Library, EntryPoint = "pactffi_given_with_param", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool GivenWithParam(uint interaction, string state, string name, string jsonValue);

    [LibraryImport(Library, EntryPoint = "pactffi_upon_receiving", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool UponReceiving(uint interaction, string description);

    [LibraryImport(Library, EntryPoint = "pactffi_with_request", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithRequest(uint interaction, string method, string path);

    [LibraryImport(Library, EntryPoint = "pactffi_with_query_parameter_v2", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithQueryParameter(uint interaction, string name, nuint index, string value);

    [LibraryImport(Library, EntryPoint = "pactffi_with_header_v2", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithHeader(uint interaction, int part, string name, nuint index, string value);

    [LibraryImport(Library, EntryPoint = "pactffi_with_body", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithBody(uint interaction, int part, string contentType, string body);

    [LibraryImport(Library, EntryPoint = "pactffi_response_status")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool ResponseStatus(uint interaction, ushort status);

    [LibraryImport(Library, EntryPoint = "pactffi_create_mock_server_for_transport", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int CreateMockServer(ushort pact, string address, ushort port, string transport, string? transportConfig);

    [LibraryImport(Library, EntryPoint = "pactffi_mock_server_matched")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool MockServerMatched(int port);

    /// <summary>Borrowed: the mock server owns the string until it is cleaned up. Never free it.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_mock_server_mismatches")]
    internal static partial IntPtr MockServerMismatches(int port);

    [LibraryImport(Library, EntryPoint = "pactffi_cleanup_mock_server")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool CleanupMockServer(int port);

    [LibraryImport(Library, EntryPoint = "pactffi_pact_handle_write_file", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int WritePactFile(ushort pact, string directory, [MarshalAs(UnmanagedType.U1)] bool overwrite);

    [LibraryImport(Library, EntryPoint = "pactffi_free_pact_handle")]
    internal static partial uint FreePactHandle(ushort pact);

    // --- provider side -------------------------------------------------------------------------

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_new_for_application", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr VerifierNew(string name, string version);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_provider_info", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierSetProviderInfo(IntPtr handle, string name, string scheme, string host, ushort port, string path);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_provider_state", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierSetProviderState(IntPtr handle, string url, byte teardown, byte body);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_filter_info", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierSetFilterInfo(IntPtr handle, string? description, string? state, byte noState);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_consumer_filters", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierSetConsumerFilters(IntPtr handle, string[] consumers, ushort count);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_add_custom_header", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierAddCustomHeader(IntPtr handle, string name, string value);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_add_file_source", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierAddFileSource(IntPtr handle, string file);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_add_directory_source", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierAddDirectorySource(IntPtr handle, string directory);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_coloured_output")]
    internal static partial int VerifierSetColouredOutput(IntPtr handle, byte coloured);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_execute")]
    internal static partial int VerifierExecute(IntPtr handle);

    /// <summary>Owned by the caller: free with <see cref="StringDelete"/>.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_verifier_json")]
    internal static partial IntPtr VerifierJson(IntPtr handle);

    /// <summary>Owned by the caller: free with <see cref="StringDelete"/>.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_verifier_output")]
    internal static partial IntPtr VerifierOutput(IntPtr handle, byte stripAnsi);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_shutdown")]
    internal static partial void VerifierShutdown(IntPtr handle);
}
