using Covage.Pact.Native;

namespace Covage.Pact.Consumer;

/// <summary>The request of an interaction: query, headers and body, then <see cref="WillRespond"/>.</summary>
public sealed class RequestBuilder
{
    private readonly PactBuilder pact;
    private readonly InteractionBuilder interaction;
    private readonly MessagePartBuilder part;
    private readonly Dictionary<string, int> queryCounts = new(StringComparer.Ordinal);

    internal RequestBuilder(PactBuilder pact, InteractionBuilder interaction)
    {
        this.pact = pact;
        this.interaction = interaction;
        part = new MessagePartBuilder(pact, interaction, InteractionPart.Request);
    }

    /// <summary>Adds a query parameter; repeat the name for several values. <paramref name="value"/> may be a <see cref="Match"/> matcher.</summary>
    public RequestBuilder WithQuery(string name, object value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        pact.ThrowIfDisposed();
        queryCounts.TryGetValue(name, out var index);
        queryCounts[name] = index + 1;
        PactBuilder.Check(
            PactNative.WithQueryParameter(interaction.Handle, name, (nuint)index, InteractionBuilder.ValueText(value)),
            $"set the query parameter '{name}' of '{interaction.Description}'");
        return this;
    }

    /// <summary>Adds a request header; repeat the name for several values. <paramref name="value"/> may be a <see cref="Match"/> matcher.</summary>
    public RequestBuilder WithHeader(string name, object value)
    {
        part.Header(name, value);
        return this;
    }

    /// <summary>Sets a JSON body; <see cref="Match"/> matchers may appear anywhere inside it.</summary>
    public RequestBuilder WithJsonBody(object? body, string contentType = "application/json")
    {
        part.JsonBody(body, contentType);
        return this;
    }

    /// <summary>Sets a body given as text.</summary>
    public RequestBuilder WithBody(string contentType, string body)
    {
        part.Body(contentType, body);
        return this;
    }

    /// <summary>Moves on to the response, with the given status.</summary>
    public ResponseBuilder WillRespond(int status = 200) => new ResponseBuilder(pact, interaction).WithStatus(status);
}
