namespace Covage.Conformance;

/// <summary>
/// Thrown by a hook or step when the scenario cannot apply to the target (e.g. no control API): the
/// scenario is reported not applicable with the reason, never passed. The kit's runtime plugin maps
/// it to Reqnroll's "skipped" status, so no other code path can count it as a pass.
/// </summary>
public sealed class NotApplicableException : Exception
{
    public NotApplicableException()
        : this("the scenario does not apply to this target")
    {
    }

    public NotApplicableException(string reason)
        : base("not applicable: " + reason) => Reason = reason;

    public NotApplicableException(string reason, Exception innerException)
        : base("not applicable: " + reason, innerException) => Reason = reason;

    /// <summary>Why the scenario does not apply.</summary>
    public string Reason { get; }
}
