using System.Text.Json.Nodes;
using Covage.Conformance.Reports;

namespace Covage.Conformance.Drivers;

/// <summary>What the control API answered to the last provider-side action.</summary>
internal sealed record ControlAnswer(string Action, int Status, JsonNode? Body)
{
    public string Describe() => $"  control:  {Action}{Environment.NewLine}  answer:   {Status} {Body?.ToJsonString(ReportJson.Compact) ?? ""}";
}
