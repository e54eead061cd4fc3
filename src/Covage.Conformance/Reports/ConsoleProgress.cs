using System.Globalization;
using Covage.Conformance.Running;

namespace Covage.Conformance.Reports;

/// <summary>
/// One line per finished scenario, <c>[ 37/212] ✔ feature › scenario</c>; on a terminal failures
/// are red and not applicable yellow. Calls come serialized from the engine.
/// </summary>
internal sealed class ConsoleProgress(TextWriter output, bool color, int total) : IRunListener
{
    private int _done;

    public void ScenarioStarted(ScenarioCase scenario)
    {
    }

    public void ScenarioFinished(ScenarioResult result)
    {
        _done++;
        var width = total.ToString(CultureInfo.InvariantCulture).Length;
        var counter = $"[{_done.ToString(CultureInfo.InvariantCulture).PadLeft(width)}/{total.ToString(CultureInfo.InvariantCulture)}]";
        var kind = ResultKind.Of(result);
        var (glyph, paint) = kind switch
        {
            ResultKind.Passed => ("✔", Ansi.Green),
            ResultKind.Failed => ("✘", Ansi.Red),
            _ => ("○", Ansi.Yellow),
        };
        var line = $"{counter} {glyph} {result.Scenario.FeatureName} › {result.Scenario.Name}";
        if (kind == ResultKind.NotApplicable)
        {
            line += $" (not applicable: {result.NotApplicableReason})";
        }

        output.WriteLine(color && kind != ResultKind.Passed ? paint + line + Ansi.Reset : line);
    }
}
