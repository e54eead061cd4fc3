using System.Text;
using System.Text.Json.Nodes;
using Covage.Conformance.Running;
using Covage.Conformance.Reports;

namespace Covage.Conformance.Tests.Reports;

public sealed class CucumberJsonWriterTests
{
    [Fact]
    public void Build_SampleRun_FeaturesElementsAndStepsInTheStandardShape()
    {
        var json = JsonNode.Parse(CucumberJsonWriter.Build(SampleRun.Build()).ToJsonString())!.AsArray();

        Assert.Equal(2, json.Count);
        var feature = json[0]!;
        Assert.Equal("orders/create.feature", feature["uri"]!.GetValue<string>());
        Assert.Equal("Feature", feature["keyword"]!.GetValue<string>());
        var elements = feature["elements"]!.AsArray();
        Assert.Equal(2, elements.Count);
        Assert.Equal("scenario", elements[0]!["type"]!.GetValue<string>());
        Assert.Equal("@v2", elements[0]!["tags"]![0]!["name"]!.GetValue<string>());
        var step = elements[0]!["steps"]![0]!;
        Assert.Equal("Given ", step["keyword"]!.GetValue<string>());
        Assert.Equal("passed", step["result"]!["status"]!.GetValue<string>());
        Assert.Equal(3_000_000L, step["result"]!["duration"]!.GetValue<long>());
    }

    [Fact]
    public void Build_FailedStep_HasErrorMessageAndBase64Embeddings()
    {
        var json = CucumberJsonWriter.Build(SampleRun.Build());

        var steps = json[0]!["elements"]![1]!["steps"]!.AsArray();
        Assert.Equal(["passed", "failed", "skipped"], steps.Select(s => s!["result"]!["status"]!.GetValue<string>()));
        Assert.Equal(SampleRun.FailureError, steps[1]!["result"]!["error_message"]!.GetValue<string>());
        var embedding = steps[1]!["embeddings"]![0]!;
        Assert.Equal("text/plain", embedding["mime_type"]!.GetValue<string>());
        Assert.StartsWith("POST /api/v2/orders/", Encoding.UTF8.GetString(Convert.FromBase64String(embedding["data"]!.GetValue<string>())), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NotApplicableScenario_StepsSkippedWithTheReason()
    {
        var json = CucumberJsonWriter.Build(SampleRun.Build());

        var step = json[1]!["elements"]![0]!["steps"]![0]!;
        Assert.Equal("skipped", step["result"]!["status"]!.GetValue<string>());
        Assert.Contains("not applicable", step["result"]!["error_message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Passed", "passed")]
    [InlineData("Failed", "failed")]
    [InlineData("Ambiguous", "ambiguous")]
    [InlineData("Undefined", "undefined")]
    [InlineData("Pending", "pending")]
    [InlineData("Skipped", "skipped")]
    [InlineData("NotApplicable", "skipped")]
    public void Status_EachOutcome_MapsToACucumberStatus(string outcome, string status) =>
        Assert.Equal(status, CucumberJsonWriter.Status(Enum.Parse<Outcome>(outcome)));
}
