namespace Covage.Provider.Http.V2;

/// <summary>
/// The first <c>k</c> items of a stream in a given order, in O(n log k) and O(k) memory, without
/// sorting (or even keeping) the rest.
/// </summary>
internal sealed class TopK<T>
{
    private readonly int _k;
    private readonly Comparison<(T Item, int Position)> _comparison;
    private readonly PriorityQueue<(T Item, int Position), (T Item, int Position)> _heap;

    public TopK(int k, Comparison<(T Item, int Position)> comparison)
    {
        _k = Math.Max(0, k);
        _comparison = comparison;
        // A max-heap of the best k seen so far: its root is the worst of them, replaced by anything better.
        _heap = new(Math.Min(_k, 4096) + 1, Comparer<(T Item, int Position)>.Create((a, b) => comparison(b, a)));
    }

    public void Offer(T item, int position)
    {
        if (_k == 0)
        {
            return;
        }

        var entry = (item, position);
        if (_heap.Count < _k)
        {
            _heap.Enqueue(entry, entry);
        }
        else if (_comparison(entry, _heap.Peek()) < 0)
        {
            _heap.DequeueEnqueue(entry, entry);
        }
    }

    /// <summary>The kept items, best first.</summary>
    public T[] ToArray()
    {
        var result = new T[_heap.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            result[i] = _heap.Dequeue().Item;
        }

        return result;
    }
}

/// <summary>One-call form of <see cref="TopK{T}"/> over an array.</summary>
internal static class TopK
{
    public static T[] Select<T>(T[] items, int k, Comparison<(T Item, int Position)> comparison)
    {
        var top = new TopK<T>(k, comparison);
        for (var i = 0; i < items.Length; i++)
        {
            top.Offer(items[i], i);
        }

        return top.ToArray();
    }
}
