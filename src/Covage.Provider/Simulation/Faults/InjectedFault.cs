using Covage.Provider.Simulation.Traffic;
using Microsoft.AspNetCore.Http;

namespace Covage.Provider.Simulation.Faults;

/// <summary>
/// What the fault injector did to a request, left for the traffic recorder: <see cref="AnsweredInstead"/>
/// when the sandbox's own answer was replaced (429, 503, dropped), so the answer cites no rule.
/// </summary>
internal sealed record InjectedFault(string Kind, bool AnsweredInstead, DroppedAnswer? Dropped)
{
    private const string Item = "covage.injected-fault";

    public static InjectedFault? Of(HttpContext context) => context.Items[Item] as InjectedFault;

    public void Attach(HttpContext context) => context.Items[Item] = this;
}

/// <summary>The answer a dropped connection never delivered (status 0 when the request was not served).</summary>
internal sealed record DroppedAnswer(int Status, CapturedBody Body);
