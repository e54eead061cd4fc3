namespace Covage.Conformance.Certification;

/// <summary>
/// The behaviours the certification judges beyond the sandbox's own refusals. Where a published rule
/// says it, the behaviour carries that rule's ID; the kit's own readings are <c>CLIENT-…</c>, stated in
/// the catalogue's section "The kit's own rules: client behaviour (judged by certify-client)".
/// </summary>
internal static class ClientRules
{
    public static readonly ClientRule RequestSchema = new("CLIENT-REQUEST-SCHEMA");

    public static readonly ClientRule InfoThrottle = new("THR-INFO-5MIN");

    public static readonly ClientRule RetryAfter = new("CLIENT-RETRY-AFTER");

    public static readonly ClientRule RetryUnchanged = new("CLIENT-RETRY-UNCHANGED");

    public static readonly ClientRule EventsCursor = new("EVT-CURSOR");

    public static readonly ClientRule TokenReuse = new("CLIENT-TOKEN-REUSE");

    public static readonly ClientRule Backoff = new("CLIENT-BACKOFF");

    public static readonly ClientRule NoBlindRecreate = new("CLIENT-NO-BLIND-RECREATE");

    public static readonly ClientRule RequiredOperations = new("CLIENT-REQUIRED-OPS");

    public static readonly ClientRule Traffic = new("CLIENT-TRAFFIC");

    /// <summary>Every behaviour the checks judge, in the order the reports list them.</summary>
    public static readonly IReadOnlyList<ClientRule> All =
    [
        RequestSchema, InfoThrottle, RetryAfter, RetryUnchanged, EventsCursor, TokenReuse, Backoff, NoBlindRecreate, RequiredOperations, Traffic,
    ];
}
