namespace Covage.Conformance.Reports;

/// <summary>Which steps keep their requests and responses in cucumber.json.</summary>
internal enum EmbedPolicy
{
    /// <summary>Only failed steps: a passing run's report stays small.</summary>
    FailedSteps,

    /// <summary>Every step (<c>--embed all</c>).</summary>
    AllSteps,
}
