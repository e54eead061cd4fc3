namespace Covage.Bdd;

/// <summary>
/// Thrown by a hook or step when the scenario cannot apply to the target (e.g. no control API): the
/// scenario is reported not applicable with the reason, never passed.
/// </summary>
public sealed class NotApplicableException(string reason) : Exception(reason)
{
    /// <summary>Why the scenario does not apply.</summary>
    public string Reason { get; } = reason;
}
