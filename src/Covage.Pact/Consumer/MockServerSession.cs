using Covage.Pact.Native;

namespace Covage.Pact.Consumer;

/// <summary>A running Pact mock server. Dispose it to shut the server down.</summary>
public sealed class MockServerSession : IAsyncDisposable, IDisposable
{
    private int disposed;

    internal MockServerSession(int port, Uri baseUri)
    {
        Port = port;
        BaseUri = baseUri;
    }

    /// <summary>Where the mock server listens, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public Uri BaseUri { get; }

    public int Port { get; }

    /// <summary>Whether every interaction was received as described, with the mismatches if not.</summary>
    public MockServerVerification Verify()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        var matched = PactNative.MockServerMatched(Port);

        // The mock server owns this string until cleanup: read it, never free it.
        var json = BorrowedNativeString.Read(PactNative.MockServerMismatches(Port));
        var mismatches = MockMismatchParser.Parse(json);
        return new MockServerVerification(matched && mismatches.Count == 0, mismatches);
    }

    /// <summary>Throws <see cref="PactVerificationException"/> unless every interaction was matched.</summary>
    public void EnsureMatched()
    {
        var result = Verify();
        if (!result.Matched)
        {
            throw new PactVerificationException("The mock server was not used as the pact describes:" + Environment.NewLine + result.Text);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            PactNative.CleanupMockServer(Port);
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
