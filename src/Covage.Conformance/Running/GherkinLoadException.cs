namespace Covage.Conformance.Running;

/// <summary>A feature file the kit refuses: <c>path:line: message</c> (the CLI prints it and exits 2).</summary>
internal sealed class GherkinLoadException(string message) : Exception(message);
