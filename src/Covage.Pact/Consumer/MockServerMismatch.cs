namespace Covage.Pact.Consumer;

/// <summary>
/// A problem the mock server saw: a request nobody expected (<c>request-not-found</c>), an expected
/// request that never came (<c>missing-request</c>), or a request that differed (<c>request-mismatch</c>,
/// with <see cref="Details"/>).
/// </summary>
public sealed record MockServerMismatch(string Kind, string Method, string Path, IReadOnlyList<PactMismatch> Details)
{
    /// <summary>One readable line (plus one per detail).</summary>
    public string Text
    {
        get
        {
            var head = Kind switch
            {
                "request-not-found" => $"unexpected request {Method} {Path}: no interaction matches it",
                "missing-request" => $"expected request {Method} {Path} was never received",
                "request-mismatch" => $"request {Method} {Path} did not match the interaction",
                _ => $"{Kind}: {Method} {Path}",
            };
            return Details.Count == 0 ? head : head + Environment.NewLine + string.Join(Environment.NewLine, Details.Select(d => "  - " + d));
        }
    }

    public override string ToString() => Text;
}
