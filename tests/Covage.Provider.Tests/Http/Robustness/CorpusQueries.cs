using System.Text;

namespace Covage.Provider.Tests.Http.Robustness;

/// <summary>Query strings for the corpus: wrong values, bad escapes, repeats, lone surrogates, huge numbers.</summary>
internal static class CorpusQueries
{
    public static readonly string[] Orders =
    [
        "limit=-1", "limit=abc", "limit=1e9", "limit=99999999999999", "limit=%2B5", "limit=%205", "limit=0", "limit=1&limit=2",
        "offset=-5", "offset=1.5", "offset=99999999999", "offset=2147483647", "offset=2147483647&limit=1000",
        "sort=", "sort=-", "sort=--reference", "sort=status", "sort=reference&sort=creation_date", "sort=%ED%A0%80",
        "sort=reference&offset=100000", "sort=-submission_date&status=cancelled", "sort=submission_date&end_customer=nobody",
        "type=", "type=%FF", "status=unknown", "status=draft&status=submitted", "end_customer=%ED%A0%80", "end_customer=%00",
        "end_customer=%C3", "product_family=%C3%28", "product_line=%E9", "endpoint_ref=[]", "reference=" + new string('R', 4000),
        "%zz=1", "a=%zz", "&&&=&", "=", "limit", "offset=%D9%A3", "sort=reference&limit=0",
    ];

    public static readonly string[] Events =
    [
        "after=", "after=%25%25%25%25", "after=WyJcdWQ4MDAiLDFd", "after=" + Base64("[\"2026-01-01T00:00:00\",99999999999999999999]"),
        "after=" + Base64("[\"9999-12-31T23:59:59-14:00\",1]"), "after=" + Base64(new string('[', 300)), "after=" + new string('A', 3000),
        "sort=foo", "sort=", "direction=up", "direction=", "object_type=bad", "object_uuid=%ED%A0%80", "object_uuid=%00",
        "limit=0", "size=-1", "size=1e3", "limit=abc", "limit=5&size=abc", "sort=creation_date&after=WyJcdWQ4MDAiLDFd",
        "sort=creation_date&direction=desc&after=" + Base64("[\"0001-01-01T00:00:00+14:00\",1]"), "%zz", "a=%zz&b=%",
    ];

    public static readonly string[] Buildings =
    [
        "include_otp_ref=maybe", "include_stairs=%FF", "include_otp_ref=true&include_otp_ref=false", "include_stairs=%ED%A0%80",
        "include_otp_ref=true&include_stairs=true", "%zz=%zz",
    ];

    private static readonly string[] JunkKeys = ["limit", "offset", "sort", "x", "", "%zz", "a[b]", "%ED%A0%80", "%00", "é"];
    private static readonly string[] JunkValues = ["", "-1", "1e400", "%FF", "%C3%28", "%ED%B0%80", "%", "%2", "null", "[]", "{}", "é", "\u00e9\u00e8"];

    /// <summary>One to four pairs of odd keys and values, percent-escapes well and badly formed.</summary>
    public static string Junk(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            text.Append(text.Length == 0 ? "" : "&").Append(JunkKeys[random.Next(JunkKeys.Length)]).Append('=').Append(JunkValues[random.Next(JunkValues.Length)]);
        }

        return text.ToString();
    }

    private static string Base64(string text) => Uri.EscapeDataString(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)));
}
