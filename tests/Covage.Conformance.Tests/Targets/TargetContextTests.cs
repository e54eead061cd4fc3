using Covage.Conformance.Targets;

namespace Covage.Conformance.Tests.Targets;

public sealed class TargetContextTests(BuiltInTargetFixture builtIn) : IClassFixture<BuiltInTargetFixture>
{
    [Fact]
    public void BuiltIn_HasTheControlApiAndItsFixtures()
    {
        var target = builtIn.Target;

        Assert.Equal("built-in provider", target.Name);
        Assert.True(target.HasSimulator);
        Assert.NotNull(target.SimulatorKey);
        Assert.True(target.Fixtures.Operators.Count >= 3);
        Assert.Contains(target.Fixtures.Buildings, b => b.BuildingRef == "IMB/76540/X/043X");
    }

    [Theory]
    [InlineData(nameof(Actor.Primary), "delivery")]
    [InlineData(nameof(Actor.OtherOperator), "delivery")]
    [InlineData(nameof(Actor.NoEnniOperator), "delivery")]
    public void UserFor_Actor_IsADeliveryUserOfTheRightOperator(string actorName, string group)
    {
        var actor = Enum.Parse<Actor>(actorName);
        var (user, op) = builtIn.Target.UserFor(actor)!.Value;

        Assert.Contains(group, user.Groups);
        var operators = builtIn.Target.Fixtures.Operators;
        var expected = actor switch
        {
            Actor.Primary => operators[0],
            Actor.OtherOperator => operators[1],
            _ => operators.First(o => !o.HasEnni),
        };
        Assert.Equal(expected.OperatorUuid, op.OperatorUuid);
    }

    [Fact]
    public void UserFor_Viewer_IsTheFirstOperatorsUserWithoutGroup()
    {
        var (user, op) = builtIn.Target.UserFor(Actor.Viewer)!.Value;

        Assert.Empty(user.Groups);
        Assert.Equal(builtIn.Target.Fixtures.Operators[0].OperatorUuid, op.OperatorUuid);
    }

    [Fact]
    public void UserFor_Anonymous_IsNull() => Assert.Null(builtIn.Target.UserFor(Actor.Anonymous));

    [Fact]
    public async Task LiveAsync_UnreachableUrl_ThrowsTargetExceptionSayingSo()
    {
        var options = new LiveTargetOptions("http://127.0.0.1:9/", null, null, null, "k", null);

        var error = await Assert.ThrowsAsync<TargetException>(() => TargetFactory.LiveAsync(options, BuiltInTargetFixture.SchemasDirectory));

        Assert.StartsWith("cannot reach http://127.0.0.1:9/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveAsync_MissingFixturesFile_ThrowsNamingTheFile()
    {
        await using var sandbox = await Conformance.Cli.ServeCommand.StartAsync(new Conformance.Cli.ServeCommandLine { Port = 0 }, CancellationToken.None);
        var options = new LiveTargetOptions(sandbox.BaseAddress.ToString(), null, null, null, null, "/nonexistent/fixtures.json");

        var error = await Assert.ThrowsAsync<TargetException>(() => TargetFactory.LiveAsync(options, BuiltInTargetFixture.SchemasDirectory));

        Assert.Equal("fixtures file not found: /nonexistent/fixtures.json", error.Message);
    }

    [Fact]
    public async Task LiveAsync_WithKey_DetectsTheControlApiAndReadsItsFixtures()
    {
        await using var sandbox = await Conformance.Cli.ServeCommand.StartAsync(new Conformance.Cli.ServeCommandLine { Port = 0 }, CancellationToken.None);
        var options = new LiveTargetOptions(sandbox.BaseAddress.ToString(), null, null, null, sandbox.SimulatorKey, null);

        await using var target = await TargetFactory.LiveAsync(options, BuiltInTargetFixture.SchemasDirectory);

        Assert.True(target.HasSimulator);
        Assert.Equal(sandbox.Fixtures.Operators[0].OperatorUuid, target.Fixtures.Operators[0].OperatorUuid);
    }

    [Fact]
    public async Task LiveAsync_WithFixturesFileAndNoKey_HasNoSimulator()
    {
        await using var sandbox = await Conformance.Cli.ServeCommand.StartAsync(new Conformance.Cli.ServeCommandLine { Port = 0 }, CancellationToken.None);
        var file = Path.Combine(Path.GetTempPath(), "covage-fixtures-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, await Cli.CommandLineTests.FixturesJson(sandbox));
        try
        {
            await using var target = await TargetFactory.LiveAsync(
                new LiveTargetOptions(sandbox.BaseAddress.ToString(), null, null, null, null, file), BuiltInTargetFixture.SchemasDirectory);

            Assert.False(target.HasSimulator);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
