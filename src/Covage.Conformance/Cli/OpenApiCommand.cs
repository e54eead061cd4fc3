using Covage.Provider;

namespace Covage.Conformance.Cli;

/// <summary><c>openapi</c>: asks a provider hosted in memory for <c>/openapi.json</c>, byte for byte what the sandbox serves.</summary>
internal static class OpenApiCommand
{
    public static async Task<int> RunAsync(OpenApiCommandLine command, TextWriter stdout, CancellationToken ct)
    {
        var document = await FetchAsync(ct);
        if (command.Output is null)
        {
            await stdout.WriteAsync(System.Text.Encoding.UTF8.GetString(document));
            return ExitCodes.Passed;
        }

        var path = Path.GetFullPath(command.Output);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, document, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write {path}: {e.Message}");
        }

        await stdout.WriteLineAsync($"OpenAPI description written to {path}");
        return ExitCodes.Passed;
    }

    public static async Task<byte[]> FetchAsync(CancellationToken ct)
    {
        await using var host = await ProviderHost.StartAsync(new ProviderOptions { EnableConsole = false }, ProviderTransport.InMemory, cancellationToken: ct);
        using var http = host.CreateClient();
        return await http.GetByteArrayAsync(new Uri("openapi.json", UriKind.Relative), ct);
    }
}
