namespace Covage.Pact;

/// <summary>Placeholder until the binding lands.</summary>
public static class PactEngine;
