namespace Covage.Conformance.Certification.Checks;

/// <summary>
/// Each operation the plan requires was accepted at least once (a call the sandbox served with a 2xx
/// whose answer an injected fault then dropped counts: the operation took place).
/// </summary>
internal sealed class RequiredOperationsCheck(IReadOnlyList<string> required) : IClientCheck
{
    public IReadOnlyList<ClientRule> Rules => required.Count > 0 ? [ClientRules.RequiredOperations] : [];

    public IEnumerable<Finding> Judge(IReadOnlyList<RecordedCall> calls)
    {
        var accepted = calls.Where(c => (c.DroppedStatus ?? c.Status) is >= 200 and < 300).Select(Operations.Of).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var sent = calls.Select(Operations.Of).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var operation in required.Where(o => !accepted.Contains(o)))
        {
            yield return new Finding(ClientRules.RequiredOperations.Id,
                sent.Contains(operation) ? $"{operation}: sent, but never accepted" : $"{operation}: never exercised", null);
        }
    }
}
