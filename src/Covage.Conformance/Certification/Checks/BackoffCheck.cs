namespace Covage.Conformance.Certification.Checks;

/// <summary>
/// Retries after a 5xx or a dropped connection (without <c>Retry-After</c>, which has its own check):
/// the first after at least a second, each further one after at least as long as the one before.
/// </summary>
internal sealed class BackoffCheck : IClientCheck
{
    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(1);

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

            var previous = FirstWait;
            for (var k = 1; k < chain.Count; k++)
            {
                var wait = chain[k].At - chain[k - 1].At;
                if (wait < previous)
                {
                    yield return new Finding(ClientRules.Backoff.Id,
                        FormattableString.Invariant($"try {k + 1} sent {wait.TotalSeconds:0.###} s after {chain[k - 1].Label} failed ({chain[k - 1].Answer}); expected a wait of at least {previous.TotalSeconds:0.###} s"),
                        chain[k]);
                    break;
                }

                previous = wait;
            }
        }
    }

    private static bool Failed(RecordedCall call) => (call.Status is 0 or >= 500) && call.RetryAfterSeconds is null;
}
