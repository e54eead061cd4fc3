using System.Text;
using Covage.Conformance.Running;
using Covage.Conformance.Reports;

namespace Covage.Conformance.Tests.Scenarios;

/// <summary>Turns a scenario result into a test verdict: a failure shows the scenario's failure text and its last exchange.</summary>
internal static class ScenarioVerdict
{
    internal static void Assert(ScenarioResult result)
    {
        switch (ResultKind.Of(result))
        {
            case ResultKind.Passed:
                return;
            case ResultKind.NotApplicable:
                Xunit.Assert.Fail($"not applicable on the built-in target (which has the control API, so this is a bug): {result.NotApplicableReason}");
                return;
            default:
                var text = new StringBuilder(ResultKind.FailureText(result));
                var step = ResultKind.FailingStep(result);
                foreach (var attachment in step?.Attachments.TakeLast(2) ?? [])
                {
                    text.Append("\n--- ").Append(attachment.Name).Append('\n').Append(attachment.Content);
                }

                Xunit.Assert.Fail(text.ToString());
                return;
        }
    }
}
