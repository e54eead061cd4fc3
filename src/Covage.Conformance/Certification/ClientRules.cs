namespace Covage.Conformance.Certification;

/// <summary>
/// The behaviours the certification judges beyond the sandbox's own refusals. Where a published rule
/// says it, the behaviour carries that rule's ID; the kit's own readings are <c>CLIENT-…</c>.
/// </summary>
internal static class ClientRules
{
    public static readonly ClientRule RequestSchema = new("CLIENT-REQUEST-SCHEMA",
        "Every request body matches the request schema schemas/endpoints.json names for its endpoint, even where the sandbox would accept more.",
        "the published field tables and examples (000, 001, 003), as written in schemas/");

    public static readonly ClientRule InfoThrottle = new("THR-INFO-5MIN",
        "After a 429 on an info message, the client waits the Retry-After it was given before posting on that order again.",
        "001 and 003: one info message per order per five minutes");

    public static readonly ClientRule RetryAfter = new("CLIENT-RETRY-AFTER",
        "After a 429 or 503 carrying Retry-After, the same request is sent again only once that many seconds have passed.",
        "HTTP Retry-After (RFC 9110, 10.2.3); the sandbox's throttling (THR-INFO-5MIN)");

    public static readonly ClientRule RetryUnchanged = new("CLIENT-RETRY-UNCHANGED",
        "A request refused with a 4xx other than 429 is not sent again unchanged (same method, URL, body and token): it would be refused again.",
        "Errors page: a 4xx names what to change (ERR-ENVELOPE)");

    public static readonly ClientRule EventsCursor = new("EVT-CURSOR",
        "The events feed is polled with after=<sort_value of the last event read>, so that no event is read twice.",
        "003, Keeping updated on the events");

    public static readonly ClientRule TokenReuse = new("CLIENT-TOKEN-REUSE",
        "The client keeps its access token while it is valid instead of asking for a new one: a new token more than ten minutes before the last one expires (tokens last an hour) is a finding.",
        "Authentication page (AUTH-TOKEN: access tokens last an hour)");

    public static readonly ClientRule Backoff = new("CLIENT-BACKOFF",
        "After a 5xx or a dropped connection, the client waits at least a second before sending the same request again, and no less before each further try.",
        "the kit's reading of the Errors page: a 5xx is the provider's trouble, hammering it does not help");

    public static readonly ClientRule NoBlindRecreate = new("CLIENT-NO-BLIND-RECREATE",
        "After a create whose answer was lost (dropped connection), the client looks for the order (lists or reads orders or events) before creating again.",
        "the kit's reading: the first create may have worked (UPD-OPERATOR-REF-UNIQUE would refuse a second with the same order_ref)");

    public static readonly ClientRule RequiredOperations = new("CLIENT-REQUIRED-OPS",
        "Every operation the certification requires (--require or the plan) was exercised: at least one call of it was accepted (2xx).",
        "the certification plan");

    public static readonly ClientRule Traffic = new("CLIENT-TRAFFIC",
        "The client called the API, and its command ended within --timeout.",
        "the certification itself");
}
