using Covage.Pact.Native;

namespace Covage.Pact.Provider;

/// <summary>One engine verifier, from creation to shutdown; frees the strings the engine hands over.</summary>
internal sealed record VerifierRun(
    string ProviderName,
    Uri Provider,
    Uri? StateUri,
    bool StateTeardown,
    ProviderStateBodyMode StateMode,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Directories,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    IReadOnlyList<string> Consumers,
    string? DescriptionFilter,
    string? StateFilter)
{
    public PactVerificationResult Execute()
    {
        var handle = PactNative.VerifierNew("covage-pact", PactEngine.Version);
        if (handle == IntPtr.Zero)
        {
            throw new PactEngineException("The Pact engine could not create a verifier.");
        }

        try
        {
            Configure(handle);
            int exitCode;
            using (EngineStdout.Silence())
            {
                // The report is read back below (Output); the caller decides whether to print it.
                exitCode = PactNative.VerifierExecute(handle);
            }

            var json = OwnedNativeString.TakeAndFree(PactNative.VerifierJson(handle));
            var output = OwnedNativeString.TakeAndFree(PactNative.VerifierOutput(handle, 1)) ?? "";
            return VerifierReportParser.Parse(exitCode, json, output);
        }
        finally
        {
            PactNative.VerifierShutdown(handle);
        }
    }

    private void Configure(IntPtr handle)
    {
        _ = PactNative.VerifierSetColouredOutput(handle, 0);
        var path = string.IsNullOrEmpty(Provider.AbsolutePath) ? "/" : Provider.AbsolutePath;
        PactNative.VerifierSetProviderInfo(handle, ProviderName, Provider.Scheme, Provider.Host, (ushort)Provider.Port, path);
        if (StateUri is not null)
        {
            PactNative.VerifierSetProviderState(
                handle, StateUri.AbsoluteUri, StateTeardown ? (byte)1 : (byte)0, StateMode == ProviderStateBodyMode.JsonBody ? (byte)1 : (byte)0);
        }

        if (DescriptionFilter is not null || StateFilter is not null)
        {
            PactNative.VerifierSetFilterInfo(handle, DescriptionFilter, StateFilter, 0);
        }

        if (Consumers.Count > 0)
        {
            PactNative.VerifierSetConsumerFilters(handle, [.. Consumers], (ushort)Consumers.Count);
        }

        foreach (var (name, value) in Headers)
        {
            PactNative.VerifierAddCustomHeader(handle, name, value);
        }

        foreach (var file in Files)
        {
            PactNative.VerifierAddFileSource(handle, file);
        }

        foreach (var directory in Directories)
        {
            PactNative.VerifierAddDirectorySource(handle, directory);
        }
    }
}
