namespace Covage.Provider.Tests.Support;

/// <summary>ERR-ENVELOPE as the tests check it: the status, JSON, a KOSC_ request id, a message, details, no stack trace.</summary>
internal static class Envelope
{
    public static void AssertIs(ApiResponse response, int status)
    {
        Assert.True(status == response.Code, $"expected {status}, got {response.Code}: {response.Body}");
        AssertIsEnvelope(response);
    }

    public static void AssertIsEnvelope(ApiResponse response)
    {
        Assert.StartsWith("application/json", response.Raw.Content.Headers.ContentType?.ToString() ?? "(none)", StringComparison.Ordinal);
        Assert.Matches("^KOSC_[0-9a-f-]{36}$", response.Json["apirequest_uuid"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(response.Json["error"]!.GetValue<string>()));
        Assert.True(response.Json.AsObject().ContainsKey("details"), response.Body);
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
    }
}
