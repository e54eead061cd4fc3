using System.Buffers;

namespace Covage.Provider.Simulation.Traffic;

/// <summary>
/// Passes a response through to the client unchanged and keeps a copy of its first bytes, in a buffer
/// rented from the shared pool and given back when the stream is disposed.
/// </summary>
internal sealed class CaptureStream(Stream inner, int limit) : Stream
{
    private byte[] _copy = [];
    private int _length;
    private bool _truncated;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public CapturedBody Captured() => _length == 0 && !_truncated
        ? CapturedBody.None
        : CapturedBody.Of(_copy.AsSpan(0, _length), _truncated);

    public override void Write(byte[] buffer, int offset, int count)
    {
        Keep(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _copy.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_copy);
            _copy = [];
            _length = 0;
        }

        base.Dispose(disposing);
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        var room = limit - _length;
        if (bytes.Length > room)
        {
            _truncated = true;
            bytes = bytes[..Math.Max(room, 0)];
        }

        if (bytes.IsEmpty)
        {
            return;
        }

        if (_copy.Length - _length < bytes.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(limit, Math.Max(_length + bytes.Length, Math.Max(4096, _copy.Length * 2))));
            _copy.AsSpan(0, _length).CopyTo(larger);
            if (_copy.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_copy);
            }

            _copy = larger;
        }

        bytes.CopyTo(_copy.AsSpan(_length));
        _length += bytes.Length;
    }
}
