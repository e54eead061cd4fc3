using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Covage.Provider.Http;

/// <summary>
/// A 200 JSON answer of known length, written straight to the response: either bytes already made (a
/// cached order) or a document serialized into a pooled buffer. It skips what a file result does for
/// every answer (ranges, preconditions) and the copy into a fresh array of each serialized answer.
/// </summary>
internal sealed class JsonAnswer : IResult
{
    private readonly byte[]? _bytes;
    private readonly Action<Utf8JsonWriter>? _write;

    private JsonAnswer(byte[]? bytes, Action<Utf8JsonWriter>? write)
    {
        _bytes = bytes;
        _write = write;
    }

    public static JsonAnswer Of(byte[] bytes) => new(bytes, null);

    public static JsonAnswer Writing(Action<Utf8JsonWriter> write) => new(null, write);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        if (_bytes is not null)
        {
            response.ContentLength = _bytes.Length;
            await response.Body.WriteAsync(_bytes, httpContext.RequestAborted);
            return;
        }

        var buffer = new PooledBuffer();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, WireJson.WriterOptions))
            {
                _write!(writer);
            }

            response.ContentLength = buffer.Written.Length;
            await response.Body.WriteAsync(buffer.Written, httpContext.RequestAborted);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>A growable buffer rented from the shared pool and given back once the answer is written.</summary>
    private sealed class PooledBuffer : IBufferWriter<byte>, IDisposable
    {
        private byte[] _array = ArrayPool<byte>.Shared.Rent(4096);
        private int _count;

        public ReadOnlyMemory<byte> Written => _array.AsMemory(0, _count);

        public void Advance(int count) => _count += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _array.AsMemory(_count);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _array.AsSpan(_count);
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_array);
            _array = [];
        }

        private void Ensure(int sizeHint)
        {
            if (_array.Length - _count >= Math.Max(sizeHint, 1))
            {
                return;
            }

            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_array.Length * 2, _count + sizeHint));
            _array.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_array);
            _array = larger;
        }
    }
}
