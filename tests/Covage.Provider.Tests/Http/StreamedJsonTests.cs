using System.IO.Pipelines;
using System.Text.Json.Nodes;
using Covage.Provider.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Covage.Provider.Tests.Http;

public sealed class StreamedJsonTests
{
    private const int Items = 400;
    private static readonly string Text = new('x', 4000);

    /// <summary>A response whose transport is a pipe that pauses the writer at 64 KiB unread, as Kestrel's does.</summary>
    private static (DefaultHttpContext Context, Pipe Pipe) Response()
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 64 * 1024, resumeWriterThreshold: 32 * 1024, useSynchronizationContext: false));
        var context = new DefaultHttpContext();
        context.Features.Set<IHttpResponseBodyFeature>(new PipeBody(pipe.Writer));
        return (context, pipe);
    }

    private static StreamedJson<int> Page() => new([.. Enumerable.Range(0, Items)], (w, i) =>
    {
        w.WriteStartObject();
        w.WriteNumber("n", i);
        w.WriteString("text", Text);
        w.WriteEndObject();
    });

    [Fact]
    public async Task ExecuteAsync_ClientNotReading_HoldsAboutOneTransportBufferNotThePage()
    {
        var (context, pipe) = Response();

        // Nobody reads: the writer must stop once the transport's buffer is full.
        var writing = Page().ExecuteAsync(context);

        Assert.False(writing.IsCompleted);
        Assert.True(pipe.Reader.TryRead(out var unread));
        // The page is about 1.6 MB; what waits for the client is the 64 KiB buffer plus at most one chunk.
        Assert.InRange(unread.Buffer.Length, 1, (64 * 1024) + StreamedJson<int>.ChunkBytes + 8 * 1024);
        pipe.Reader.AdvanceTo(unread.Buffer.Start, unread.Buffer.End);

        var body = await ReadAllAsync(pipe, writing);
        var items = JsonNode.Parse(body)!.AsArray();
        Assert.Equal(Items, items.Count);
        Assert.Equal(Items - 1, items[^1]!["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task ExecuteAsync_ClientGone_StopsWithoutThrowing()
    {
        var (context, pipe) = Response();
        var writing = Page().ExecuteAsync(context);

        await pipe.Reader.CompleteAsync();
        await writing;

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    [Fact]
    public async Task ExecuteAsync_EmptyPage_WritesAnEmptyArray()
    {
        var (context, pipe) = Response();

        var body = await ReadAllAsync(pipe, new StreamedJson<int>([], (w, i) => w.WriteNumberValue(i)).ExecuteAsync(context));

        Assert.Equal("[]", body);
        Assert.Equal("application/json", context.Response.ContentType);
    }

    private static async Task<string> ReadAllAsync(Pipe pipe, Task writing)
    {
        var reading = Task.Run(async () =>
        {
            using var all = new MemoryStream();
            while (true)
            {
                var result = await pipe.Reader.ReadAsync();
                foreach (var segment in result.Buffer)
                {
                    all.Write(segment.Span);
                }

                pipe.Reader.AdvanceTo(result.Buffer.End);
                if (result.IsCompleted)
                {
                    return System.Text.Encoding.UTF8.GetString(all.ToArray());
                }
            }
        });
        await writing;
        await pipe.Writer.CompleteAsync();
        return await reading;
    }

    /// <summary>The response body feature of a server whose transport is <paramref name="writer"/>.</summary>
    private sealed class PipeBody(PipeWriter writer) : IHttpResponseBodyFeature
    {
        public Stream Stream => writer.AsStream();

        public PipeWriter Writer => writer;

        public Task CompleteAsync() => Task.CompletedTask;

        public void DisableBuffering()
        {
        }

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
