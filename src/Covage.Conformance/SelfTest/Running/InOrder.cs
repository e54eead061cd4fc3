namespace Covage.Conformance.SelfTest.Running;

/// <summary>Hands results on in their original order as soon as every earlier one is done (parallel work, ordered output).</summary>
internal sealed class InOrder<T>(int count, Action<T> next)
{
    private readonly T?[] _done = new T?[count];
    private readonly bool[] _ready = new bool[count];
    private readonly Lock _gate = new();
    private int _cursor;

    public void Done(int index, T item)
    {
        lock (_gate)
        {
            _done[index] = item;
            _ready[index] = true;
            while (_cursor < count && _ready[_cursor])
            {
                next(_done[_cursor]!);
                _done[_cursor] = default;
                _cursor++;
            }
        }
    }
}
