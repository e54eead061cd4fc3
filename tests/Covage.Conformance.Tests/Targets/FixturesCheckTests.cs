using System.Text.Json.Nodes;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Tests.Targets;

public sealed class FixturesCheckTests(BuiltInTargetFixture builtIn) : IClassFixture<BuiltInTargetFixture>
{
    private static readonly System.Text.Json.JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower };

    [Fact]
    public void Problems_TheSandboxFixtures_None() =>
        Assert.Empty(FixturesCheck.Problems(builtIn.Target.Fixtures, primaryGiven: false));

    [Fact]
    public void Problems_MinimalDocument_NamesEveryMissingPath()
    {
        var problems = FixturesCheck.Problems(Fixtures.Parse(FixturesTests.Minimal, "t"), primaryGiven: false);

        Assert.Contains(problems, p => p.StartsWith("$.operators[0].eligibility.copper.create:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.operators[0].eligibility.fiber.activate_defined:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.operators[0].services.fiber:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.operators[0].services.enni:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.products.S:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.operators[1].contacts:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.operators[1].eligibility.copper.activate:", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.StartsWith("$.buildings", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_NoDeliveryUserButPrimaryGiven_None()
    {
        var json = JsonNode.Parse(Serialize(builtIn.Target.Fixtures))!;
        json["operators"]![0]!["users"] = new JsonArray();

        Assert.Empty(FixturesCheck.Problems(Fixtures.Parse(json.ToJsonString(), "t"), primaryGiven: true));
        Assert.Single(FixturesCheck.Problems(Fixtures.Parse(json.ToJsonString(), "t"), primaryGiven: false));
    }

    [Fact]
    public void Problems_OnlyOneOperator_IsNotAProblem()
    {
        var json = JsonNode.Parse(Serialize(builtIn.Target.Fixtures))!;
        var operators = json["operators"]!.AsArray();
        while (operators.Count > 1)
        {
            operators.RemoveAt(1);
        }

        Assert.Empty(FixturesCheck.Problems(Fixtures.Parse(json.ToJsonString(), "t"), primaryGiven: false));
    }

    private static string Serialize(Fixtures fixtures) => System.Text.Json.JsonSerializer.Serialize(fixtures, SnakeCase);
}
