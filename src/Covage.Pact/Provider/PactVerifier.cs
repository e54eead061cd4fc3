namespace Covage.Pact.Provider;

/// <summary>
/// Verifies pact files against a running provider. Configure it fluently, then call
/// <see cref="VerifyAsync"/>; each call runs a fresh engine verifier, so one instance can verify again.
/// </summary>
public sealed class PactVerifier
{
    private readonly List<string> files = [];
    private readonly List<string> directories = [];
    private readonly List<KeyValuePair<string, string>> headers = [];
    private readonly List<string> consumers = [];
    private Uri? providerUri;
    private Uri? stateUri;
    private bool stateTeardown;
    private ProviderStateBodyMode stateMode;
    private string? descriptionFilter;
    private string? stateFilter;

    /// <summary>Creates a verifier for the provider named <paramref name="providerName"/> (as written in the pacts).</summary>
    public PactVerifier(string providerName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerName);
        ProviderName = providerName;
    }

    public string ProviderName { get; }

    /// <summary>The provider's base URL, e.g. <c>http://127.0.0.1:5000/</c>.</summary>
    public PactVerifier WithProvider(Uri baseUri)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        if (!baseUri.IsAbsoluteUri || (baseUri.Scheme != Uri.UriSchemeHttp && baseUri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("The provider URL must be an absolute http or https URL.", nameof(baseUri));
        }

        providerUri = baseUri;
        return this;
    }

    /// <summary>
    /// The URL the engine POSTs to before each interaction (action <c>setup</c>) and, with
    /// <paramref name="teardown"/>, after it (action <c>teardown</c>).
    /// </summary>
    public PactVerifier WithProviderStateUrl(Uri url, bool teardown = true, ProviderStateBodyMode mode = ProviderStateBodyMode.JsonBody)
    {
        ArgumentNullException.ThrowIfNull(url);
        stateUri = url;
        stateTeardown = teardown;
        stateMode = mode;
        return this;
    }

    /// <summary>Adds a pact file to verify.</summary>
    public PactVerifier WithPactFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        files.Add(Path.GetFullPath(path));
        return this;
    }

    /// <summary>Adds several pact files to verify.</summary>
    public PactVerifier WithPactFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            WithPactFile(path);
        }

        return this;
    }

    /// <summary>Adds every pact file (<c>*.json</c>) of a directory.</summary>
    public PactVerifier WithPactDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        directories.Add(Path.GetFullPath(path));
        return this;
    }

    /// <summary>Adds a header to every request sent to the provider (e.g. an Authorization token).</summary>
    public PactVerifier WithCustomHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        headers.Add(new(name, value));
        return this;
    }

    /// <summary>Only verifies interactions whose description matches <paramref name="descriptionRegex"/> and/or whose state is <paramref name="providerState"/>.</summary>
    public PactVerifier WithFilter(string? descriptionRegex = null, string? providerState = null)
    {
        descriptionFilter = descriptionRegex;
        stateFilter = providerState;
        return this;
    }

    /// <summary>Only verifies pacts from these consumers.</summary>
    public PactVerifier WithConsumers(params string[] consumerNames)
    {
        ArgumentNullException.ThrowIfNull(consumerNames);
        consumers.AddRange(consumerNames);
        return this;
    }

    /// <summary>
    /// Runs the verification on a dedicated thread (the engine blocks while it calls the provider), so
    /// an in-process provider keeps serving. Never throws for a failed verification: read the result.
    /// </summary>
    /// <exception cref="InvalidOperationException">No provider URL or no pact file was given.</exception>
    /// <exception cref="PactEngineException">The engine cannot be loaded.</exception>
    public Task<PactVerificationResult> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var provider = providerUri ?? throw new InvalidOperationException("Call WithProvider before VerifyAsync.");
        if (files.Count == 0 && directories.Count == 0)
        {
            throw new InvalidOperationException("Call WithPactFile or WithPactDirectory before VerifyAsync.");
        }

        PactEngine.EnsureLoaded();
        var run = new VerifierRun(
            ProviderName, provider, stateUri, stateTeardown, stateMode, [.. files], [.. directories], [.. headers], [.. consumers],
            descriptionFilter, stateFilter);
        var completion = new TaskCompletionSource<PactVerificationResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                completion.SetResult(run.Execute());
            }
#pragma warning disable CA1031 // The thread must hand every failure back to the awaiting caller.
            catch (Exception e)
#pragma warning restore CA1031
            {
                completion.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "pact-verifier",
        };
        thread.Start();
        return completion.Task.WaitAsync(cancellationToken);
    }
}
