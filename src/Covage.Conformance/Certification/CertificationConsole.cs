namespace Covage.Conformance.Certification;

/// <summary>What the console shows once the client is judged: the verdict and the first findings, each with its rule ID.</summary>
internal static class CertificationConsole
{
    public const int Shown = 10;

    public static void Write(TextWriter stdout, CertificationReport report, IReadOnlyList<string> paths)
    {
        var verdict = report.Verdict;
        if (report.Client is { } client)
        {
            var ended = client.TimedOutAfter is not null ? "was stopped at the timeout" : client.ExitCode is null ? "was stopped" : $"exited with code {client.ExitCode}";
            stdout.WriteLine(FormattableString.Invariant($"Client {ended} after {client.Duration.TotalSeconds:0.0} s; {report.Calls.Count} call(s) recorded{Console(report)}."));
        }
        else
        {
            stdout.WriteLine($"{report.Calls.Count} call(s) recorded{Console(report)}.");
        }

        stdout.WriteLine($"Exercised: {(verdict.Exercised.Count == 0 ? "nothing" : string.Join(", ", verdict.Exercised))}");
        if (verdict.Certified)
        {
            stdout.WriteLine($"CERTIFIED: no finding under {verdict.JudgedRules.Count} judged rule(s).");
        }
        else
        {
            var rules = verdict.Findings.Select(f => f.Rule).Distinct(StringComparer.Ordinal).ToList();
            stdout.WriteLine($"NOT CERTIFIED: {verdict.Findings.Count} finding(s) under {string.Join(", ", rules)}");
            foreach (var finding in verdict.Findings.Take(Shown))
            {
                stdout.WriteLine($"  {finding}");
            }

            if (verdict.Findings.Count > Shown)
            {
                stdout.WriteLine($"  … and {verdict.Findings.Count - Shown} more in the report");
            }
        }

        stdout.WriteLine($"Reports: {string.Join(", ", paths)}");
    }

    private static string Console(CertificationReport report) =>
        report.ConsoleCalls == 0 ? "" : $" (and {report.ConsoleCalls} of the sandbox's web console, set aside: not judged)";
}
