namespace Covage.Conformance.Certification.Checks;

/// <summary>
/// Every request the sandbox refused is a finding under each rule the refusal cited, except two 401s
/// that are how the API tells a client about its token, not a client's mistake: the answer of
/// <c>POST …/token/verify/</c> (asking is what it is for), and the first 401 on a token the sandbox
/// itself issued (it expired, or the sandbox was reset: a client that then logs in or refreshes is
/// right to have tried; using that token again is a finding).
/// </summary>
internal sealed class RefusalCheck : IClientCheck
{
    private const string VerifyPath = "/api/v2/account/token/verify/";

    public IReadOnlyList<ClientRule> Rules => [];

    public IEnumerable<Finding> Judge(IReadOnlyList<RecordedCall> calls)
    {
        var issued = new HashSet<string>(StringComparer.Ordinal);
        var excused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var call in calls)
        {
            if (call.IssuedTokenId is { } id)
            {
                issued.Add(id);
            }

            if (!call.Refused || (call.Status == 401 && IsExcused(call, issued, excused)))
            {
                continue;
            }

            foreach (var rule in call.Rules.DefaultIfEmpty("ERR-ENVELOPE"))
            {
                yield return new Finding(rule, "refused: " + RefusalWords.For(call, rule), call);
            }
        }
    }

    private static bool IsExcused(RecordedCall call, HashSet<string> issued, HashSet<string> excused) =>
        string.Equals(call.Path.TrimEnd('/') + "/", VerifyPath, StringComparison.Ordinal)
        || (call.Auth is "bearer" or "jwt" && call.TokenId is { } token && issued.Contains(token) && excused.Add(token));
}
