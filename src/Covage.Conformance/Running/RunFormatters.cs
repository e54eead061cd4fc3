using Reqnroll.Formatters.Configuration;

namespace Covage.Conformance.Running;

/// <summary>
/// Where one run's Cucumber formatter writes: the Cucumber Messages file in the run's report folder,
/// or nothing (no folder). Set per run, whatever reqnroll.json or REQNROLL_FORMATTERS say, so that
/// runs side by side never write into each other's files. Reqnroll's HTML formatter is left off: it
/// would serialize every message a second time while the scenarios run; the kit writes the same
/// standard HTML report from the messages file once the run ended (Reports/CucumberHtmlReport).
/// </summary>
internal sealed class RunFormatters(string? reportDirectory) : IFormattersConfigurationProvider
{
    public const string HtmlFile = "cucumber-report.html";
    public const string MessagesFile = "cucumber-messages.ndjson";

    public bool Enabled => reportDirectory is not null;

    public IDictionary<string, object>? GetFormatterConfigurationByName(string formatterName) => (reportDirectory, formatterName) switch
    {
        (null, _) => null,
        (_, "message") => new Dictionary<string, object> { ["outputFilePath"] = Path.Combine(reportDirectory, MessagesFile) },
        _ => null,
    };

    public string ResolveTemplatePlaceholders(string template) => template;
}
