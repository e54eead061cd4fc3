namespace Covage.Provider.Http.V2;

/// <summary>The first <c>k</c> items of a sequence in a given order, in O(n log k), without sorting all of it.</summary>
internal static class TopK
{
    public static T[] Select<T>(T[] items, int k, Comparison<(T Item, int Position)> comparison)
    {
        if (k <= 0)
        {
            return [];
        }

        // A max-heap of the best k seen so far: its root is the worst of them, replaced by anything better.
        var worstFirst = Comparer<(T Item, int Position)>.Create((a, b) => comparison(b, a));
        var heap = new PriorityQueue<(T Item, int Position), (T Item, int Position)>(k + 1, worstFirst);
        for (var i = 0; i < items.Length; i++)
        {
            var entry = (items[i], i);
            if (heap.Count < k)
            {
                heap.Enqueue(entry, entry);
            }
            else if (comparison(entry, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(entry, entry);
            }
        }

        var result = new (T Item, int Position)[heap.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            result[i] = heap.Dequeue();
        }

        return Array.ConvertAll(result, e => e.Item);
    }
}
