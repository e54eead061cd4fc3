using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Covage.Provider.Domain.Orders;

namespace Covage.Provider.Http;

/// <summary>
/// One wire shape of an order, serialized to UTF-8 and cached per snapshot. Keyed by snapshot identity
/// (not record equality), so a new snapshot never sees an old one's bytes; a snapshot nobody holds
/// takes its bytes with it.
/// </summary>
internal sealed class SnapshotJson(Action<Utf8JsonWriter, Order> write)
{
    private readonly ConditionalWeakTable<Order, byte[]> _cache = [];

    /// <summary>The order's bytes, cached for the next read of the same snapshot.</summary>
    public byte[] Bytes(Order order)
    {
        if (_cache.TryGetValue(order, out var cached))
        {
            return cached;
        }

        var bytes = Serialize(order);
        _cache.AddOrUpdate(order, bytes);
        return bytes;
    }

    /// <summary>The order's bytes, not cached (answers to writes).</summary>
    public byte[] Serialize(Order order)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, WireJson.WriterOptions))
        {
            write(writer, order);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public bool TryGetCached(Order order, out byte[] bytes) => _cache.TryGetValue(order, out bytes!);
}
