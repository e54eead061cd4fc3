namespace Covage.Conformance.Reports;

/// <summary>Terminal colours, used only when stdout is a terminal.</summary>
internal static class Ansi
{
    public const string Red = "\u001b[31m";
    public const string Green = "\u001b[32m";
    public const string Yellow = "\u001b[33m";
    public const string Bold = "\u001b[1m";
    public const string Reset = "\u001b[0m";

    public static string Paint(bool color, string code, string text) => color ? code + text + Reset : text;
}
