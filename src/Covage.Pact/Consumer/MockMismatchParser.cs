using System.Text.Json;

namespace Covage.Pact.Consumer;

/// <summary>Reads the mock server's mismatch JSON (an array of request-level problems).</summary>
internal static class MockMismatchParser
{
    public static IReadOnlyList<MockServerMismatch> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var list = new List<MockServerMismatch>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var details = new List<PactMismatch>();
            if (item.TryGetProperty("mismatches", out var inner) && inner.ValueKind == JsonValueKind.Array)
            {
                details.AddRange(inner.EnumerateArray().Select(MismatchReader.Read));
            }

            list.Add(new MockServerMismatch(
                MismatchReader.Text(item, "type") ?? "unknown",
                MismatchReader.Text(item, "method") ?? "",
                MismatchReader.Text(item, "path") ?? "",
                details));
        }

        return list;
    }
}
