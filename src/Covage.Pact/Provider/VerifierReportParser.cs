using System.Text.Json;

namespace Covage.Pact.Provider;

/// <summary>Reads the engine's verification JSON into typed per-interaction results.</summary>
internal static class VerifierReportParser
{
    public static PactVerificationResult Parse(int exitCode, string? json, string output)
    {
        var interactions = new List<InteractionVerificationResult>();
        var errors = new List<string>();
        var passed = exitCode == 0;
        if (!string.IsNullOrWhiteSpace(json))
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                var root = document.RootElement;
                if (root.TryGetProperty("result", out var result) && result.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    passed = passed && result.GetBoolean();
                }

                ReadInteractions(root, interactions);
                ReadErrors(root, interactions, errors);
            }
            catch (JsonException e)
            {
                errors.Add("The engine's report could not be read: " + e.Message);
            }
        }

        if (!passed && interactions.TrueForAll(i => i.Passed) && errors.Count == 0)
        {
            errors.Add(FirstErrorLine(output) ?? $"The verification failed (engine exit code {exitCode}).");
        }

        return new PactVerificationResult(passed && errors.Count == 0, exitCode, interactions, errors, output, json);
    }

    private static void ReadInteractions(JsonElement root, List<InteractionVerificationResult> interactions)
    {
        if (!root.TryGetProperty("interactionResults", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var item in results.EnumerateArray())
        {
            var states = item.TryGetProperty("providerStates", out var s) && s.ValueKind == JsonValueKind.Array
                ? string.Join("; ", s.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : x.GetRawText()))
                : "";
            var (mismatches, error) = ReadMismatch(item);
            interactions.Add(new InteractionVerificationResult(
                MismatchReader.Text(item, "description") ?? "(no description)",
                states.Length == 0 ? null : states,
                MismatchReader.Text(item, "result") == "OK" && mismatches.Count == 0 && error is null,
                mismatches,
                error)
            {
                Consumer = MismatchReader.Text(item, "consumer"),
                Pending = item.TryGetProperty("pending", out var p) && p.ValueKind == JsonValueKind.True,
            });
        }
    }

    private static void ReadErrors(JsonElement root, List<InteractionVerificationResult> interactions, List<string> errors)
    {
        if (!root.TryGetProperty("errors", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var item in list.EnumerateArray())
        {
            var where = MismatchReader.Text(item, "interaction") ?? "";

            // Errors of an interaction are already in its result; keep only those about a whole pact.
            if (interactions.Exists(i => where.EndsWith(" - " + i.Description, StringComparison.Ordinal)))
            {
                continue;
            }

            var (mismatches, error) = ReadMismatch(item);
            var text = error ?? string.Join("; ", mismatches.Select(m => m.ToString()));
            errors.Add(text.Length == 0 ? where : text);
        }
    }

    private static (IReadOnlyList<PactMismatch> Mismatches, string? Error) ReadMismatch(JsonElement item)
    {
        if (!item.TryGetProperty("mismatch", out var mismatch) || mismatch.ValueKind != JsonValueKind.Object)
        {
            return ([], null);
        }

        if (mismatch.TryGetProperty("mismatches", out var inner) && inner.ValueKind == JsonValueKind.Array)
        {
            return ([.. inner.EnumerateArray().Select(MismatchReader.Read)], null);
        }

        return ([], MismatchReader.Text(mismatch, "message") ?? mismatch.GetRawText());
    }

    private static string? FirstErrorLine(string output) =>
        output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase) || l.Contains("failed", StringComparison.OrdinalIgnoreCase));
}
