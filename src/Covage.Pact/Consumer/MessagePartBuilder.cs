using Covage.Pact.Native;

namespace Covage.Pact.Consumer;

/// <summary>Headers and bodies shared by the request and the response of an interaction.</summary>
internal sealed class MessagePartBuilder(PactBuilder pact, InteractionBuilder interaction, InteractionPart part)
{
    private readonly Dictionary<string, int> headerCounts = new(StringComparer.OrdinalIgnoreCase);

    public void Header(string name, object value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        pact.ThrowIfDisposed();
        headerCounts.TryGetValue(name, out var index);
        headerCounts[name] = index + 1;
        PactBuilder.Check(
            PactNative.WithHeader(interaction.Handle, (int)part, name, (nuint)index, InteractionBuilder.ValueText(value)),
            $"set the {Word} header '{name}' of '{interaction.Description}'");
    }

    public void JsonBody(object? body, string contentType) =>
        Body(contentType, PactJson.Serialize(body));

    public void Body(string contentType, string body)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentNullException.ThrowIfNull(body);
        pact.ThrowIfDisposed();
        PactBuilder.Check(
            PactNative.WithBody(interaction.Handle, (int)part, contentType, body),
            $"set the {Word} body of '{interaction.Description}'");
    }

    private string Word => part == InteractionPart.Request ? "request" : "response";
}
