namespace Covage.Bdd;

/// <summary>A feature file the engine refuses: <c>path:line: message</c>.</summary>
public sealed class GherkinLoadException(string message) : Exception(message);
