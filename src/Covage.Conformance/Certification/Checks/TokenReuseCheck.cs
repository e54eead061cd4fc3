namespace Covage.Conformance.Certification.Checks;

/// <summary>
/// A token asked for while the last one was still good: more than ten minutes before its hour
/// (AUTH-TOKEN) was up, and never refused. Renewing near the end of its life is fine.
/// </summary>
internal sealed class TokenReuseCheck : IClientCheck
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private static readonly TimeSpan RenewalWindow = TimeSpan.FromMinutes(10);

    public IReadOnlyList<ClientRule> Rules => [ClientRules.TokenReuse];

    public IEnumerable<Finding> Judge(IReadOnlyList<RecordedCall> calls)
    {
        RecordedCall? current = null;
        var refused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var call in calls)
        {
            if (call.Status == 401 && call.TokenId is not null)
            {
                refused.Add(call.TokenId);
            }

            if (!Operations.IsToken(call) || call.Status != 200 || call.IssuedTokenId is null)
            {
                continue;
            }

            if (current is not null && !refused.Contains(current.IssuedTokenId!) && call.At - current.At < Lifetime - RenewalWindow)
            {
                yield return new Finding(ClientRules.TokenReuse.Id,
                    FormattableString.Invariant($"asked for a new token {(call.At - current.At).TotalMinutes:0.#} min after {current.Label} gave one that was valid for an hour"),
                    call);
            }

            current = call;
        }
    }
}
