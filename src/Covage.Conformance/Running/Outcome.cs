namespace Covage.Conformance.Running;

/// <summary>How a step or scenario ended.</summary>
internal enum Outcome
{
    /// <summary>Every check held.</summary>
    Passed,

    /// <summary>A check failed or the step threw.</summary>
    Failed,

    /// <summary>The scenario does not apply to this target; never counted as passed.</summary>
    NotApplicable,

    /// <summary>Not run because an earlier step did not pass.</summary>
    Skipped,

    /// <summary>No binding matches the step.</summary>
    Undefined,

    /// <summary>More than one binding matches the step.</summary>
    Ambiguous,

    /// <summary>The binding says it is not written yet (Reqnroll's PendingStepException).</summary>
    Pending,
}
