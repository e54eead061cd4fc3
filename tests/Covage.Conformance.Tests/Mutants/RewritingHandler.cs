namespace Covage.Conformance.Tests.Mutants;

/// <summary>
/// Sits between the kit and the built-in provider; while the switch holds a mutant, every exchange goes
/// through it, so the provider the suite sees breaks one rule the way a real implementation could.
/// </summary>
internal sealed class RewritingHandler(HttpMessageHandler inner, MutantSwitch mutants) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        mutants.Current is { } mutant ? mutant.Rewrite(request, r => base.SendAsync(r, cancellationToken)) : base.SendAsync(request, cancellationToken);
}

/// <summary>Which mutant (if any) the handler applies now.</summary>
internal sealed class MutantSwitch
{
    public Mutant? Current { get; set; }
}
