using Covage.Pact;
using Covage.Pact.Provider;

namespace Covage.Conformance.PactVerification;

/// <summary>
/// One interaction's verdict as the kit reports it: the engine's result and, when the status differs
/// from the pact's, what the provider answered. Differences in the body then follow from the status:
/// the console counts them, junit.xml lists them.
/// </summary>
internal sealed record PactVerdict(InteractionVerificationResult Result, RecordedExchange? Answer)
{
    public bool Passed => Result.Passed;

    public bool Failed => !Result.Passed && !Result.Pending;

    public string Title => Result.ProviderState is null ? Result.Description : $"{Result.Description} (given {Result.ProviderState})";

    private bool StatusDiffers => Result.Mismatches.Any(m => m.Type == "StatusMismatch");

    /// <summary>The lines under the PASS/FAIL head; <paramref name="complete"/> lists every mismatch.</summary>
    public IReadOnlyList<string> Details(bool complete)
    {
        var lines = new List<string>();
        if (Result.Error is not null)
        {
            lines.Add(Result.Error);
        }

        if (!StatusDiffers || Answer is null)
        {
            lines.AddRange(Result.Mismatches.Select(m => m.ToString()));
            return lines;
        }

        var (body, others) = (Result.Mismatches.Where(IsBody).ToList(), Result.Mismatches.Where(m => !IsBody(m)).ToList());
        lines.AddRange(others.Select(m => m.ToString()));
        lines.AddRange(ProviderAnswer.Lines(Answer));
        if (complete)
        {
            lines.AddRange(body.Select(m => m.ToString()));
        }
        else if (body.Count > 0)
        {
            lines.Add($"({body.Count} body mismatch(es) follow from the status; junit.xml lists them)");
        }

        return lines;
    }

    /// <summary>The failure on one line (a JUnit message): the first differences and the provider's answer.</summary>
    public string Summary =>
        string.Join("; ", Details(complete: false).Where(l => !l.StartsWith('(')).Take(4).Select(l => l.Trim())) is { Length: > 0 } summary ? summary : "failed";

    public override string ToString() =>
        string.Join(Environment.NewLine, new[] { $"{(Passed ? "PASS" : "FAIL")} {Title}" }.Concat(Details(complete: false).Select(Indent)));

    // Continuation lines (the envelope's fields) sit under their head line.
    private static string Indent(string line) => line.StartsWith("  ", StringComparison.Ordinal) ? "   " + line : "  - " + line;

    private static bool IsBody(PactMismatch m) => m.Type is "BodyMismatch" or "BodyTypeMismatch";
}
