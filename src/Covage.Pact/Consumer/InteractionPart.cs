namespace Covage.Pact.Consumer;

/// <summary>The engine's InteractionPart values.</summary>
internal enum InteractionPart
{
    Request = 0,
    Response = 1,
}
