namespace Covage.Conformance.PactVerification;

/// <summary>One HTTP interaction of the pacts, with the tag its request carries to the proxy.</summary>
internal sealed record TaggedInteraction(string Tag, string? Consumer, string Description, string? States);
