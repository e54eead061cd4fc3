using Covage.Conformance.Certification.Checks;
using Covage.Conformance.SchemaValidation;

namespace Covage.Conformance.Certification;

/// <summary>Runs every check over the client's calls and gathers the verdict.</summary>
internal static class Judgement
{
    public static Verdict Judge(IReadOnlyList<RecordedCall> calls, SchemaCatalog schemas, IReadOnlyList<string> required, TimeSpan? timedOutAfter)
    {
        IClientCheck[] checks =
        [
            new TrafficCheck(timedOutAfter),
            new RefusalCheck(),
            new RequestSchemaCheck(schemas),
            new RetryAfterCheck(),
            new UnchangedRetryCheck(),
            new BackoffCheck(),
            new BlindRecreateCheck(),
            new EventsCursorCheck(),
            new TokenReuseCheck(),
            new RequiredOperationsCheck(required),
        ];
        var findings = checks.SelectMany(c => c.Judge(calls))
            .OrderBy(f => f.Evidence?.Sequence ?? long.MaxValue)
            .ToList();
        var judged = checks.SelectMany(c => c.Rules).Select(r => r.Id)
            .Concat(findings.Select(f => f.Rule))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var exercised = calls.Select(Operations.Of).OfType<string>().Distinct(StringComparer.Ordinal)
            .OrderBy(o => Operations.All.ToList().IndexOf(o))
            .ToList();
        return new Verdict(findings, judged, exercised, required);
    }
}
