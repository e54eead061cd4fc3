namespace Covage.Pact.Consumer;

/// <summary>The Pact specification a pact file is written in (values are the engine's own).</summary>
public enum PactSpecification
{
    V2 = 3,
    V3 = 4,
    V4 = 5,
}
