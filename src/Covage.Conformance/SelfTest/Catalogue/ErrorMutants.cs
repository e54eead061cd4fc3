using System.Text.Json.Nodes;
using Covage.Conformance.SelfTest.Interception;

namespace Covage.Conformance.SelfTest.Catalogue;

/// <summary>Mutants of the error envelope and of the answers to malformed input, unknown ids and wrong methods.</summary>
internal static class ErrorMutants
{
    public static IEnumerable<Mutant> All()
    {
        Func<Call, bool> api = c => c.IsApi();
        yield return Mutant.Of("ERR-ENVELOPE", "envelope-without-details", "error answers leave out details",
            Mutate.Answer(api, (_, r) => r.Refused && r.Json() is JsonObject e && e.Remove("details") ? r.WithJson(e) : null));
        yield return Mutant.Of("ERR-ENVELOPE", "request-id-without-prefix", "apirequest_uuid is a bare uuid, without KOSC_",
            Mutate.Answer(api, (_, r) => r.Refused && r.Json() is JsonObject e && JsonEdit.Map(e, "apirequest_uuid", id => id.Replace("KOSC_", "", StringComparison.Ordinal)) ? r.WithJson(e) : null));
        yield return Mutant.Of("ERR-ENVELOPE", "request-id-a-counter", "apirequest_uuid is KOSC_ and a counter, not a uuid",
            Mutate.Answer(api, (_, r) => r.Refused && r.Json() is JsonObject e && JsonEdit.Set(e, "apirequest_uuid", "KOSC_42") ? r.WithJson(e) : null));
        yield return Mutant.Of("ERR-ENVELOPE", "validation-error-says-bad-request", "a 400 says \"Bad Request\" instead of \"Invalid input\"",
            Mutate.Answer(api, (_, r) => r.Status == 400 && r.Json() is JsonObject e && JsonEdit.Set(e, "error", "Bad Request") ? r.WithJson(e) : null));
        yield return Mutant.Of("ERR-ENVELOPE", "details-errors-as-text", "each detail's errors is one text instead of a list",
            Mutate.Answer(api, (_, r) => r.Refused && r.Json() is JsonObject { } e && e["details"] is JsonArray { Count: > 0 }
                ? r.WithJson(Mutate.EditDetails(e, d => Facts.With(d, "errors", string.Join("; ", (d["errors"] as JsonArray ?? []).Select(x => x?.ToString()))))) : null));
        yield return Mutant.Of("ERR-ENVELOPE", "malformed-json-crashes", "a body that is not valid JSON crashes with a 500",
            Mutate.Answer(c => (c.Method is "POST" or "PATCH") && c.IsApi() && c.Body is not null && c.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true && c.Json() is null,
                (_, r) => r.Status == 400 ? Reply.Error(500, "Internal server error") : null));
        yield return Mutant.Of("ERR-ENVELOPE", "wrong-json-type-crashes", "a field of the wrong JSON type crashes with a 500",
            Mutate.Answer(c => c.IsModify() || c.IsCreate() || c.IsInfo(), (x, r) => r.Status == 400 && r.ErrorFields().Any(f => JsonEdit.Get(x.Call.JsonObject(), f) is JsonArray
                || (JsonEdit.Get(x.Call.JsonObject(), f) is JsonValue v && v.GetValueKind() != System.Text.Json.JsonValueKind.String)) ? Reply.Error(500, "Internal server error") : null));
        yield return Mutant.Of("ERR-ENVELOPE", "plain-text-body-accepted", "a body sent as text/plain is taken as JSON (and ignored)",
            Mutate.PretendOk(c => c.IsOrder("PATCH"), (_, r) => r.Status == 415, (x, _) => x.Order));
        yield return Mutant.Of("ERR-ENVELOPE", "oversized-body-crashes", "a body over 1 MiB crashes with a 500",
            Mutate.Answer(api, (_, r) => r.Status == 413 ? Reply.Error(500, "Internal server error") : null));
        yield return Mutant.Of("ERR-ENVELOPE", "wrong-method-accepted", "a method the resource does not have answers 200",
            Mutate.PretendOk(api, (_, r) => r.Status == 405, (x, _) => x.Order ?? []));
        yield return Mutant.Of("ERR-ENVELOPE", "unknown-order-empty-200", "an unknown order answers 200 {}",
            Mutate.PretendOk(c => c.IsOrder(), (x, r) => r.Status == 404 && x.Order is null, (_, _) => new JsonObject()));
        yield return Mutant.Of("ERR-ENVELOPE", "unknown-route-html", "an unknown route answers an HTML page, not the envelope",
            Mutate.Answer(c => c.IsApi() && !c.IsOrder() && !c.IsOneEvent() && !c.IsV1Order(), (_, r) => r.Status == 404
                ? new Reply(404, new Dictionary<string, string> { ["Content-Type"] = "text/html" }, "<html><body><h1>Not Found</h1></body></html>") : null));
        yield return Mutant.Of("ERR-ENVELOPE", "unknown-bound-ignored", "a PATCH of an unknown bound or endpoint answers 200 and changes nothing",
            Mutate.PretendOk(c => c.IsBoundPatch() || c.IsEndpointPatch(), (_, r) => r.Status == 404, (x, _) => x.Call.JsonObject()));
        yield return Mutant.Of("ERR-ENVELOPE", "bad-cursor-crashes", "a cursor the provider never gave crashes with a 500",
            Mutate.Answer(c => c.IsFeed() && c.HasParam("after"), (_, r) => r.Status == 400 ? Reply.Error(500, "Internal server error") : null));
        yield return Mutant.Of("ERR-ENVELOPE", "bad-paging-crashes", "a limit or offset that is not a count crashes with a 500",
            Mutate.Answer(c => c.IsList(), (_, r) => r.Status == 400 ? Reply.Error(500, "Internal server error") : null));
    }
}
