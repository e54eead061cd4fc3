namespace Covage.Conformance.Certification.Checks;

/// <summary>One judgement over the client's calls (oldest first).</summary>
internal interface IClientCheck
{
    /// <summary>The rules this check always judges: each passes when the check finds nothing under it.</summary>
    IReadOnlyList<ClientRule> Rules { get; }

    IEnumerable<Finding> Judge(IReadOnlyList<RecordedCall> calls);
}
