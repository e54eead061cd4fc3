namespace Covage.Pact;

/// <summary>The Pact engine could not be loaded, or refused an operation the binding asked of it.</summary>
public sealed class PactEngineException : Exception
{
    public PactEngineException()
    {
    }

    public PactEngineException(string message) : base(message)
    {
    }

    public PactEngineException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
