using System.Text.Encodings.Web;
using System.Text.Json;

namespace Covage.Conformance.Reports;

/// <summary>
/// How the kit writes JSON for people to read (reports, and the values quoted in failure messages): only
/// what JSON requires is escaped (quote, backslash, control characters), so <c>Jean Dupont ™</c>,
/// <c>é</c>, <c>'</c> and <c>&lt;</c> stay as they are instead of <c>\u2122</c>, <c>\u00e9</c>,
/// <c>\u0027</c> or <c>\u003C</c>. Files are written as UTF-8 without a byte order mark. None of it is
/// embedded in HTML unescaped: the HTML reports escape what they show.
/// </summary>
internal static class ReportJson
{
    public static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonSerializerOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };
}
