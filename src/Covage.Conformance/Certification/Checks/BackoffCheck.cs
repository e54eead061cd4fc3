namespace Covage.Conformance.Certification.Checks;

/// <summary>
/// Retries after a 5xx or a dropped connection (without <c>Retry-After</c>, which has its own check):
/// each at least a second after the try before. The waits need not grow: jittered backoff shortens a
/// wait at random, and a verdict must not depend on chance.
/// </summary>
internal sealed class BackoffCheck : IClientCheck
{
    private static readonly TimeSpan MinimumWait = TimeSpan.FromSeconds(1);

    public IReadOnlyList<ClientRule> Rules => [ClientRules.Backoff];

    public IEnumerable<Finding> Judge(IReadOnlyList<RecordedCall> calls)
    {
        var inChain = new HashSet<long>();
        for (var i = 0; i < calls.Count; i++)
        {
            if (inChain.Contains(calls[i].Sequence) || !Failed(calls[i]))
            {
                continue;
            }

            // The chain of tries of one request: each failure followed by the same request again.
            var chain = new List<RecordedCall> { calls[i] };
            for (var j = i + 1; j < calls.Count && Failed(chain[^1]); j++)
            {
                if (calls[j].SameRequestAs(chain[^1]))
                {
                    chain.Add(calls[j]);
                    inChain.Add(calls[j].Sequence);
                }
            }

            for (var k = 1; k < chain.Count; k++)
            {
                var wait = chain[k].At - chain[k - 1].At;
                if (wait < MinimumWait)
                {
                    yield return new Finding(ClientRules.Backoff.Id,
                        FormattableString.Invariant($"try {k + 1} sent {wait.TotalSeconds:0.###} s after {chain[k - 1].Label} failed ({chain[k - 1].Answer}); expected a wait of at least {MinimumWait.TotalSeconds:0.###} s"),
                        chain[k]);
                    break;
                }
            }
        }
    }

    private static bool Failed(RecordedCall call) => (call.Status is 0 or >= 500) && call.RetryAfterSeconds is null;
}
