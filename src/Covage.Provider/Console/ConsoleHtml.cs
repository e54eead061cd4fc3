using System.Text;

namespace Covage.Provider.Console;

/// <summary>
/// Assembles the console page from its markup, styles and scripts, with the sandbox's console mark in a
/// <c>meta</c> element the script reads (<see cref="Simulation.Sandbox.ConsoleMark"/>).
/// </summary>
internal static class ConsoleHtml
{
    public const string MarkMeta = "covage-console-mark";

    private static readonly string Head = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";

    private static readonly string Rest = string.Concat(
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
        "</script></body></html>");

    /// <summary>The page for one sandbox (the mark is hex: nothing to escape).</summary>
    public static byte[] Page(string mark) =>
        Encoding.UTF8.GetBytes($"{Head}<meta name=\"{MarkMeta}\" content=\"{mark}\">{Rest}");
}
