namespace Covage.Bdd;

/// <summary>
/// A failed check in a step. The engine reports its message alone (no exception type or stack),
/// so the message should say what was expected and what was found.
/// </summary>
public sealed class StepFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StepFailedException()
    {
    }

    /// <summary>Creates the exception with the report's text.</summary>
    public StepFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the report's text and its cause.</summary>
    public StepFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
