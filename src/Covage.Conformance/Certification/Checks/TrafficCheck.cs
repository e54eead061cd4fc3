using System.Globalization;

namespace Covage.Conformance.Certification.Checks;

/// <summary>There is something to judge, and the command finished in time.</summary>
internal sealed class TrafficCheck(TimeSpan? timedOutAfter) : IClientCheck
{
    public IReadOnlyList<ClientRule> Rules => [ClientRules.Traffic];

    public IEnumerable<Finding> Judge(IReadOnlyList<RecordedCall> calls)
    {
        if (calls.Count == 0)
        {
            yield return new Finding(ClientRules.Traffic.Id, "the client sent no request to the sandbox's API", null);
        }

        if (timedOutAfter is { } timeout)
        {
            yield return new Finding(ClientRules.Traffic.Id,
                string.Create(CultureInfo.InvariantCulture, $"the command was still running after --timeout {timeout.TotalSeconds:0} s and was stopped; what it sent until then was judged"), null);
        }
    }
}
