namespace Covage.Conformance.Certification.Checks;

/// <summary>
/// After a 429 or 503 carrying <c>Retry-After</c>, the same endpoint and resource is not called again
/// before that many seconds have passed on the sandbox's clock. The info-message throttle is judged
/// under THR-INFO-5MIN, any other under CLIENT-RETRY-AFTER.
/// </summary>
internal sealed class RetryAfterCheck : IClientCheck
{
    public IReadOnlyList<ClientRule> Rules => [ClientRules.InfoThrottle, ClientRules.RetryAfter];

    public IEnumerable<Finding> Judge(IReadOnlyList<RecordedCall> calls)
    {
        for (var i = 0; i < calls.Count; i++)
        {
            var refused = calls[i];
            if (refused.Status is not (429 or 503) || refused.RetryAfterSeconds is not { } seconds)
            {
                continue;
            }

            var until = refused.At.AddSeconds(seconds);
            var early = calls.Skip(i + 1).FirstOrDefault(c => c.SameTargetAs(refused) && c.At < until);
            if (early is null)
            {
                continue;
            }

            var rule = refused.Rules.Contains(ClientRules.InfoThrottle.Id) ? ClientRules.InfoThrottle : ClientRules.RetryAfter;
            var waited = (early.At - refused.At).TotalSeconds;
            yield return new Finding(rule.Id,
                FormattableString.Invariant($"sent again {waited:0.#} s after {refused.Label} was answered {refused.Status} with Retry-After: {seconds} (wait until {until:HH:mm:ss} on the sandbox clock)"),
                early);
        }
    }
}
