namespace Covage.Pact;

/// <summary>The pact was not honoured: the message lists the mismatches in plain words.</summary>
public sealed class PactVerificationException : Exception
{
    public PactVerificationException()
    {
    }

    public PactVerificationException(string message) : base(message)
    {
    }

    public PactVerificationException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
