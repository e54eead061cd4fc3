namespace Covage.Provider.Console;

internal static class ConsoleHtml
{
    public const string Page = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Covage sandbox</title></head>
        <body><h1>Covage sandbox</h1><p>The reference provider is running.</p></body></html>
        """;
}
