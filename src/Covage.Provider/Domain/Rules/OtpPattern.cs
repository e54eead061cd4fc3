using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>OTP-PATTERN: the two published shapes of an optical outlet reference.</summary>
internal static partial class OtpPattern
{
    public const string Id = "OTP-PATTERN";

    // .NET lets $ match before a final newline; the published patterns mean the end of the text.
    public static bool IsValid(string reference) => !reference.EndsWith('\n') && (TwoLetterPrefix().IsMatch(reference) || ThreeLetterPrefix().IsMatch(reference));

    /// <summary>The reference as text when it is a valid OTP reference; otherwise the violation that says why not.</summary>
    public static string? Check(JsonNode? reference, out Violation? violation)
    {
        var text = Json.String(reference);
        violation = text is null
            ? new(Id, "reference", reference is null ? "This field is required." : $"Expected a string, got {Json.Describe(reference)}.")
            : IsValid(text) ? null : new(Id, "reference", $"\"{text}\" is not an OTP reference: expected XX-XXXX-XXXX or XXX-XXXX-XXXX (e.g. FI-1234-4234, FIE-2523-4523).");
        return violation is null ? text : null;
    }

    [GeneratedRegex("^[A-Z0-9]{2}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex TwoLetterPrefix();

    [GeneratedRegex("^[A-Z0-9]{3}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex ThreeLetterPrefix();
}
