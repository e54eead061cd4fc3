namespace Covage.Conformance.PactVerification;

/// <summary>A problem that stops <c>verify-pact</c> before any verdict (exit 2): the message is one line for the user.</summary>
internal sealed class PactUsageException : Exception
{
    public PactUsageException()
    {
    }

    public PactUsageException(string message) : base(message)
    {
    }

    public PactUsageException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
