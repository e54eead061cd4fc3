namespace Covage.Conformance.Certification.Checks;

/// <summary>A refused request (a 4xx other than 429) sent again exactly as it was: it can only be refused again.</summary>
internal sealed class UnchangedRetryCheck : IClientCheck
{
    public IReadOnlyList<ClientRule> Rules => [ClientRules.RetryUnchanged];

    public IEnumerable<Finding> Judge(IReadOnlyList<RecordedCall> calls)
    {
        var reported = new HashSet<long>();
        for (var i = 0; i < calls.Count; i++)
        {
            var refused = calls[i];
            if (!refused.Refused || refused.Status == 429 || reported.Contains(refused.Sequence))
            {
                continue;
            }

            var again = calls.Skip(i + 1).FirstOrDefault(c => c.SameRequestAs(refused));
            if (again is not null)
            {
                // One finding per chain of identical retries: the repeat is not judged again as a new refusal.
                reported.Add(again.Sequence);
                var cited = refused.Rules.Count > 0 ? string.Join(", ", refused.Rules) : "no rule";
                yield return new Finding(ClientRules.RetryUnchanged.Id,
                    $"sent unchanged again after {refused.Label} was refused with {refused.Status} ({cited})", again);
            }
        }
    }
}
