using Covage.Pact.Native;

namespace Covage.Pact.Consumer;

/// <summary>
/// Builds a consumer pact in the engine: describe every interaction first, then start the mock
/// server, exercise it, verify, and write the file. The engine refuses changes once a mock server runs.
/// </summary>
public sealed class PactBuilder : IDisposable
{
    private readonly object gate = new();
    private bool disposed;

    /// <summary>Creates an empty pact between <paramref name="consumer"/> and <paramref name="provider"/>.</summary>
    /// <exception cref="PactEngineException">The engine cannot be loaded or refuses the specification.</exception>
    public PactBuilder(string consumer, string provider, PactSpecification specification = PactSpecification.V4)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        PactEngine.EnsureLoaded();
        Consumer = consumer;
        Provider = provider;
        Specification = specification;
        Handle = PactNative.NewPact(consumer, provider);
        if (!PactNative.WithSpecification(Handle, (int)specification))
        {
            _ = PactNative.FreePactHandle(Handle);
            throw new PactEngineException($"The Pact engine refused specification {specification}.");
        }
    }

    public string Consumer { get; }

    public string Provider { get; }

    public PactSpecification Specification { get; }

    /// <summary>The file name the engine writes: <c>{consumer}-{provider}.json</c>.</summary>
    public string FileName => $"{Consumer}-{Provider}.json";

    internal ushort Handle { get; }

    /// <summary>Starts a new interaction; chain <c>Given</c>, <c>WithRequest</c> and <c>WillRespond</c> on it.</summary>
    public InteractionBuilder UponReceiving(string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ThrowIfDisposed();
        var interaction = PactNative.NewInteraction(Handle, description);
        Check(PactNative.UponReceiving(interaction, description), $"add the interaction '{description}'");
        return new InteractionBuilder(this, interaction, description);
    }

    /// <summary>
    /// Starts the engine's mock server for the interactions described so far, on <paramref name="host"/>
    /// and <paramref name="port"/> (0 picks a free port).
    /// </summary>
    /// <exception cref="PactEngineException">The engine could not start the server.</exception>
    public MockServerSession StartMockServer(string host = "127.0.0.1", int port = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, ushort.MaxValue);
        ThrowIfDisposed();
        var result = PactNative.CreateMockServer(Handle, host, (ushort)port, "http", null);
        if (result <= 0)
        {
            throw new PactEngineException($"The Pact mock server could not start on {host}:{port}: {DescribeMockServerError(result)}.");
        }

        return new MockServerSession(result, new Uri($"http://{host}:{result}"));
    }

    /// <summary>
    /// Writes the pact to <c>{directory}/{consumer}-{provider}.json</c> and returns that path. With
    /// <paramref name="overwrite"/> false the engine merges into an existing file.
    /// </summary>
    /// <exception cref="PactEngineException">The engine could not write the file.</exception>
    public string WriteTo(string directory, bool overwrite = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ThrowIfDisposed();
        var full = Path.GetFullPath(directory);
        Directory.CreateDirectory(full);
        var result = PactNative.WritePactFile(Handle, full, overwrite);
        if (result != 0)
        {
            var reason = result switch
            {
                1 => "the engine panicked",
                2 => "the file could not be written",
                3 => "the pact is unknown to the engine",
                _ => $"error {result}",
            };
            throw new PactEngineException($"The pact could not be written to {full}: {reason}.");
        }

        return Path.Combine(full, FileName);
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
        }

        _ = PactNative.FreePactHandle(Handle);
    }

    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(disposed, this);

    internal static void Check(bool accepted, string what)
    {
        if (!accepted)
        {
            throw new PactEngineException(
                $"The Pact engine refused to {what}; describe every interaction before starting the mock server.");
        }
    }

    private static string DescribeMockServerError(int code) => code switch
    {
        -1 => "the pact handle is not valid",
        -2 => "the transport configuration is not valid",
        -3 => "the server could not be started (is the port free?)",
        -4 => "the engine panicked",
        -5 => "the address is not valid",
        _ => $"error {code}",
    };
}
