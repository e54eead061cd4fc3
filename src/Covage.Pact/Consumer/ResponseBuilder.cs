using Covage.Pact.Native;

namespace Covage.Pact.Consumer;

/// <summary>The response of an interaction: status, headers and body.</summary>
public sealed class ResponseBuilder
{
    private readonly PactBuilder pact;
    private readonly InteractionBuilder interaction;
    private readonly MessagePartBuilder part;

    internal ResponseBuilder(PactBuilder pact, InteractionBuilder interaction)
    {
        this.pact = pact;
        this.interaction = interaction;
        part = new MessagePartBuilder(pact, interaction, InteractionPart.Response);
    }

    public ResponseBuilder WithStatus(int status)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        pact.ThrowIfDisposed();
        PactBuilder.Check(PactNative.ResponseStatus(interaction.Handle, (ushort)status), $"set the status of '{interaction.Description}'");
        return this;
    }

    /// <summary>Adds a response header; <paramref name="value"/> may be a <see cref="Match"/> matcher.</summary>
    public ResponseBuilder WithHeader(string name, object value)
    {
        part.Header(name, value);
        return this;
    }

    /// <summary>Sets a JSON body; <see cref="Match"/> matchers may appear anywhere inside it.</summary>
    public ResponseBuilder WithJsonBody(object? body, string contentType = "application/json")
    {
        part.JsonBody(body, contentType);
        return this;
    }

    /// <summary>Sets a body given as text.</summary>
    public ResponseBuilder WithBody(string contentType, string body)
    {
        part.Body(contentType, body);
        return this;
    }
}
