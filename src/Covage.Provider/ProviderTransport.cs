namespace Covage.Provider;

/// <summary>How the provider is reached.</summary>
public enum ProviderTransport
{
    /// <summary>In process, through an in-memory HTTP handler: no socket.</summary>
    InMemory,

    /// <summary>Kestrel on a loopback address: real HTTP.</summary>
    Loopback,
}
