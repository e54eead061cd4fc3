using System.Text.Json;
using Covage.Pact.Native;

namespace Covage.Pact.Consumer;

/// <summary>One interaction under construction: its provider states, then its request.</summary>
public sealed class InteractionBuilder
{
    private readonly PactBuilder pact;

    internal InteractionBuilder(PactBuilder pact, uint handle, string description)
    {
        this.pact = pact;
        Handle = handle;
        Description = description;
    }

    public string Description { get; }

    internal uint Handle { get; }

    /// <summary>Adds a provider state without parameters.</summary>
    public InteractionBuilder Given(string state)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        pact.ThrowIfDisposed();
        PactBuilder.Check(PactNative.Given(Handle, state), $"add the provider state '{state}'");
        return this;
    }

    /// <summary>Adds a provider state with parameters; each value is written as JSON (strings stay strings).</summary>
    public InteractionBuilder Given(string state, IReadOnlyDictionary<string, object?> parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        ArgumentNullException.ThrowIfNull(parameters);
        pact.ThrowIfDisposed();
        if (parameters.Count == 0)
        {
            return Given(state);
        }

        foreach (var (name, value) in parameters)
        {
            PactBuilder.Check(
                PactNative.GivenWithParam(Handle, state, name, PactJson.Serialize(value)),
                $"add the parameter '{name}' to the provider state '{state}'");
        }

        return this;
    }

    /// <summary>Adds a provider state whose parameters are the properties of <paramref name="parameters"/> (e.g. an anonymous object).</summary>
    public InteractionBuilder Given(string state, object parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters is IReadOnlyDictionary<string, object?> dictionary)
        {
            return Given(state, dictionary);
        }

        var node = Match.ToNode(parameters) as System.Text.Json.Nodes.JsonObject
            ?? throw new ArgumentException("Provider state parameters must serialize to a JSON object.", nameof(parameters));
        var map = node.ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone(), StringComparer.Ordinal);
        return Given(state, map);
    }

    /// <summary>Describes the request; <paramref name="path"/> is matched literally.</summary>
    public RequestBuilder WithRequest(string method, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return StartRequest(method, path);
    }

    /// <summary>Describes the request with a path matcher (e.g. <see cref="Match.Regex"/>).</summary>
    public RequestBuilder WithRequest(string method, System.Text.Json.Nodes.JsonObject pathMatcher)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(pathMatcher);
        return StartRequest(method, pathMatcher.ToJsonString(PactJson.Options));
    }

    private RequestBuilder StartRequest(string method, string path)
    {
        pact.ThrowIfDisposed();
        PactBuilder.Check(PactNative.WithRequest(Handle, method.ToUpperInvariant(), path), $"set the request of '{Description}'");
        return new RequestBuilder(pact, this);
    }

    internal static string ValueText(object value) => value switch
    {
        string s => s,
        System.Text.Json.Nodes.JsonNode node => node.ToJsonString(PactJson.Options),
        _ => JsonSerializer.Serialize(value, PactJson.Options),
    };
}
