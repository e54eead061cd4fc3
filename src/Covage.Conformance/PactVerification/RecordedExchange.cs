namespace Covage.Conformance.PactVerification;

/// <summary>What the target answered to one interaction's request: status, content type, body (the first 64 KiB).</summary>
internal sealed record RecordedExchange(int Status, string? ContentType, string Body);
