namespace Covage.Conformance.Steps;

/// <summary>Copper (families A, S, M) or fiber (F, E) activation orders.</summary>
internal enum Technology
{
    Copper,
    Fiber,
}
