using System.Text.RegularExpressions;

namespace Covage.Provider.Domain.Rules;

/// <summary>OTP-PATTERN: the two published shapes of an optical outlet reference.</summary>
internal static partial class OtpReferenceRule
{
    public const string RuleId = "OTP-PATTERN";

    // .NET lets $ match before a final newline; the published patterns mean the end of the text.
    public static bool IsValid(string reference) => !reference.EndsWith('\n') && (TwoLetterPrefix().IsMatch(reference) || ThreeLetterPrefix().IsMatch(reference));

    [GeneratedRegex("^[A-Z0-9]{2}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex TwoLetterPrefix();

    [GeneratedRegex("^[A-Z0-9]{3}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex ThreeLetterPrefix();
}
