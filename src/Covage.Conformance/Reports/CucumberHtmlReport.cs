using Cucumber.HtmlFormatter;
using Io.Cucumber.Messages.Types;

namespace Covage.Conformance.Reports;

/// <summary>
/// The standard Cucumber HTML report (Cucumber's own HTML writer and React components, as Reqnroll's
/// HTML formatter makes it), written from a Cucumber Messages file. The messages are already
/// serialized there, so each line goes into the page as written instead of being serialized again.
/// </summary>
internal static class CucumberHtmlReport
{
    // The writer asks for an envelope per message; the line read from the file is what it writes.
    private static readonly Envelope Placeholder = Envelope.Create(new Source("", "", SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN));

    public static async Task WriteAsync(string messagesPath, string htmlPath, string title)
    {
        await using var output = File.Create(htmlPath);
        var line = "";
        var writer = new MessagesToHtmlWriter(output, (stream, _) => stream.WriteAsync(line), new HtmlReportSettings { Title = title });
        await using (writer)
        {
            foreach (var message in File.ReadLines(messagesPath))
            {
                if (message.Length > 0)
                {
                    line = message;
                    await writer.WriteAsync(Placeholder);
                }
            }
        }
    }
}
