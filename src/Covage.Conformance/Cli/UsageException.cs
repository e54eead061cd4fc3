namespace Covage.Conformance.Cli;

/// <summary>Bad arguments or configuration: the CLI prints the one-line reason and exits 2.</summary>
internal sealed class UsageException(string message, Exception? innerException = null) : Exception(message, innerException);
