using Covage.Provider.Http.V2;

namespace Covage.Provider.Tests.Http.V2;

public sealed class TopKTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(50)]
    [InlineData(500)]
    public void Select_GivesTheSameFirstItemsAsAStableSort(int k)
    {
        var random = new Random(42);
        var items = Enumerable.Range(0, 200).Select(_ => random.Next(20)).ToArray();
        Comparison<(int Item, int Position)> byValueThenPosition = (a, b) =>
            a.Item != b.Item ? b.Item.CompareTo(a.Item) : a.Position.CompareTo(b.Position);

        var selected = TopK.Select(items, k, byValueThenPosition);

        var expected = items.Select((v, i) => (v, i)).OrderByDescending(e => e.v).ThenBy(e => e.i).Take(k).Select(e => e.v);
        Assert.Equal(expected, selected);
    }
}
