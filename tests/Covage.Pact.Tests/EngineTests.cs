using Covage.Pact.Native;

namespace Covage.Pact.Tests;

public sealed class EngineTests
{
    [Fact]
    public void Version_EngineLoaded_Is058()
    {
        Assert.Equal("0.5.8", PactEngine.Version);
    }

    [Fact]
    public void Version_SetsDoNotTrack()
    {
        PactEngine.EnsureLoaded();

        Assert.False(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PACT_DO_NOT_TRACK")));
    }

    [Fact]
    public void Candidates_IncludeToolsFolderAboveAssembly()
    {
        Assert.Contains(EngineLocator.Candidates(), c => c.EndsWith(Path.Combine(".tools", "pact", "libpact_ffi.so"), StringComparison.Ordinal));
    }

    [Fact]
    public void EnableLogging_SecondCall_ReturnsFalse()
    {
        PactEngine.EnableLogging(PactLogLevel.Off);

        Assert.False(PactEngine.EnableLogging(PactLogLevel.Off));
    }

    [Fact]
    public void LoadFailure_SaysWhereItLookedAndHowToFetch()
    {
        var error = PactEngine.LoadFailure(new DllNotFoundException("libpact_ffi.so: cannot open shared object file."));

        Assert.Contains("could not be loaded", error.Message, StringComparison.Ordinal);
        Assert.Contains("eng/fetch-pact.sh", error.Message, StringComparison.Ordinal);
        Assert.Contains("libpact_ffi.so", error.Message, StringComparison.Ordinal);
        Assert.IsType<DllNotFoundException>(error.InnerException);
    }

    [Fact]
    public void LoadFailure_LoaderMessageOverSeveralLines_IsOneLineNamingTheNpmPackage()
    {
        var error = PactEngine.LoadFailure(new DllNotFoundException(
            "Unable to load shared library 'pact_ffi' or one of its dependencies. Consider using strace: \nlibpact_ffi.so: cannot open shared object file"));

        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("COVAGE_PACT_FFI_DIR", error.Message, StringComparison.Ordinal);
        Assert.Contains("@pact-foundation/pact-core-linux-x64-glibc", error.Message, StringComparison.Ordinal);
    }
}
