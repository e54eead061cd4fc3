namespace Covage.Conformance.Certification.Checks;

/// <summary>A create sent again after a create that got no answer, with no look at the orders in between.</summary>
internal sealed class BlindRecreateCheck : IClientCheck
{
    public IReadOnlyList<ClientRule> Rules => [ClientRules.NoBlindRecreate];

    public IEnumerable<Finding> Judge(IReadOnlyList<RecordedCall> calls)
    {
        for (var i = 0; i < calls.Count; i++)
        {
            var lost = calls[i];
            if (!Operations.IsCreate(lost) || lost.Status != 0)
            {
                continue;
            }

            foreach (var next in calls.Skip(i + 1))
            {
                if (Operations.Of(next) is "list" or "read" or "events" && next.Status == 200)
                {
                    break;
                }

                if (Operations.IsCreate(next))
                {
                    var served = lost.DroppedStatus is > 0 ? $" (the sandbox had served it: {lost.DroppedStatus})" : "";
                    yield return new Finding(ClientRules.NoBlindRecreate.Id,
                        $"created again after {lost.Label} got no answer{served}, without listing or reading the orders first", next);
                    break;
                }
            }
        }
    }
}
