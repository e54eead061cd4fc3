using System.Text;

namespace Covage.Provider.Console;

/// <summary>Assembles the console page once from its markup, styles and scripts.</summary>
internal static class ConsoleHtml
{
    public static readonly byte[] Page = Encoding.UTF8.GetBytes(string.Concat(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        "<title>Covage sandbox console</title><style>",
        ConsoleStyles.Css,
        ConsoleStylesTraffic.Css,
        "</style></head><body>",
        ConsoleMarkup.Body,
        "<script>\n\"use strict\";\n",
        ConsoleScriptCore.Js,
        ConsoleScriptSession.Js,
        ConsoleScriptOrders.Js,
        ConsoleScriptDetail.Js,
        ConsoleScriptTraffic.Js,
        ConsoleScriptFaults.Js,
        ConsoleScriptFeed.Js,
        "</script></body></html>"));
}
