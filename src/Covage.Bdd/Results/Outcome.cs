namespace Covage.Bdd;

/// <summary>How a step or scenario ended.</summary>
public enum Outcome
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
}
