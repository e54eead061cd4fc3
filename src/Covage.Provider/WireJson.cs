using System.Text.Encodings.Web;
using System.Text.Json;

namespace Covage.Provider;

/// <summary>
/// How the provider writes JSON, everywhere: only what JSON requires is escaped (quote, backslash,
/// control characters), so an error read in a terminal says <c>The order's status</c> and
/// <c>"MY-REF-1"</c>, and accented letters and arrows stay as they are, instead of <c>\u0027</c>,
/// <c>\u0022</c> or <c>\u2192</c>. The answers are <c>application/json</c>, never embedded in HTML.
/// </summary>
internal static class WireJson
{
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
