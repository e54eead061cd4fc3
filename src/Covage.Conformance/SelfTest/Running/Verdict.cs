namespace Covage.Conformance.SelfTest.Running;

/// <summary>How a scenario ended, as the selftest counts it.</summary>
internal enum Verdict
{
    Passed,
    Failed,
    NotApplicable,
}
