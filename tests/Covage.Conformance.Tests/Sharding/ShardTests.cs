using Covage.Conformance.Cli;

namespace Covage.Conformance.Tests.Sharding;

public sealed class ShardTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData("1000/1000", 1000, 1000)]
    public void Parse_IndexOverCount_GivesTheShard(string text, int index, int count) =>
        Assert.Equal(new Shard(index, count), Shard.Parse(text));

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1/0")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("-1/2")]
    [InlineData("1/1001")]
    public void Parse_NotIOverN_IsAUsageErrorNamingTheForm(string text)
    {
        var error = Assert.Throws<UsageException>(() => Shard.Parse(text));

        Assert.Contains("--shard must be i/n", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Select_AllShards_PartitionEveryFeatureEvenly(int count)
    {
        // Three features of 5, 1 and 8 scenarios, in load order.
        var scenarios = Enumerable.Range(0, 5).Select(i => ("a.feature", i))
            .Concat([("b.feature", 0)])
            .Concat(Enumerable.Range(0, 8).Select(i => ("c.feature", i))).ToList();

        var parts = Enumerable.Range(1, count).Select(i => new Shard(i, count).Select(scenarios)).ToList();

        Assert.Equal(scenarios.Count, parts.Sum(p => p.Count));
        Assert.Equal(scenarios.ToHashSet(), parts.SelectMany(p => p).ToHashSet());
        Assert.InRange(parts.Max(p => p.Count) - parts.Min(p => p.Count), 0, 1);
        foreach (var feature in new[] { "a.feature", "c.feature" })
        {
            var sizes = parts.Select(p => p.Count(s => s.Item1 == feature)).ToList();
            Assert.InRange(sizes.Max() - sizes.Min(), 0, 1);
        }
    }

    [Fact]
    public void Select_SameInput_SameShardEveryTime()
    {
        var scenarios = Enumerable.Range(0, 50).ToList();

        Assert.Equal(new Shard(3, 4).Select(scenarios), new Shard(3, 4).Select(scenarios));
        Assert.Equal([2, 6, 10], new Shard(3, 4).Select(scenarios).Take(3));
    }
}
