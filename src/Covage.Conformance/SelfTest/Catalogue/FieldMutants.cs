using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Covage.Conformance.SelfTest.Interception;

namespace Covage.Conformance.SelfTest.Catalogue;

/// <summary>Mutants of the field rules: the character set, OTP references, end-customer types, SIRET.</summary>
internal static partial class FieldMutants
{
    // The pages' accented letters and the same letters without their accents (invariant globalization: no Unicode decomposition).
    private const string Accented = "àâäçèéêëîïôöùûü";
    private const string Plain = "aaaceeeeiioouuu";

    public static IEnumerable<Mutant> All()
    {
        Func<Call, bool> textWrites = c => c.IsModify() || c.IsCreate() || c.IsBoundPatch();

        // CHR-ALLOWED-SET
        yield return Mutant.Of("CHR-ALLOWED-SET", "charset-not-checked-on-modify", "any character is accepted in end_customer fields of a PATCH",
            AcceptValues(c => c.IsModify(), _ => true, _ => "Kholin"));
        yield return Mutant.Of("CHR-ALLOWED-SET", "charset-not-checked-on-create", "any character is accepted in end_customer fields on creation",
            AcceptValues(c => c.IsCreate(), _ => true, _ => "Kholin"));
        yield return Mutant.Of("CHR-ALLOWED-SET", "charset-not-checked-in-bounds", "any character is accepted in the bound's address",
            AcceptValues(c => c.IsBoundPatch(), _ => true, _ => "A"));
        yield return Mutant.Of("CHR-ALLOWED-SET", "upper-case-accents-accepted", "upper-case accented letters (É, À, Ç) are accepted",
            AcceptValues(textWrites, v => v.Any(ch => ch is 'É' or 'À' or 'Ç'), v => v.Replace('É', 'E').Replace('À', 'A').Replace('Ç', 'C')));
        yield return Mutant.Of("CHR-ALLOWED-SET", "apostrophe-accepted", "the apostrophe is accepted (names like O'Brien)",
            AcceptValues(textWrites, v => v.Contains('\'', StringComparison.Ordinal), v => v.Replace("'", "", StringComparison.Ordinal)));
        yield return Mutant.Of("CHR-ALLOWED-SET", "control-characters-accepted", "tabs and new lines are accepted (stored as spaces)",
            AcceptValues(textWrites, v => v.Any(char.IsControl), v => new string([.. v.Select(ch => char.IsControl(ch) ? ' ' : ch)]), putBack: false));
        yield return Mutant.Of("CHR-ALLOWED-SET", "emoji-accepted", "characters outside the basic plane (emoji) are accepted (and silently dropped)",
            AcceptValues(textWrites, v => v.Any(char.IsSurrogate), v => new string([.. v.Where(ch => !char.IsSurrogate(ch))]), putBack: false));
        yield return Mutant.Of("CHR-ALLOWED-SET", "escaped-character-not-checked", "a forbidden character written as a JSON escape (\\u0027) slips through",
            Mutate.Request(c => c.IsModify() && c.Body?.Contains("\\u0027", StringComparison.Ordinal) == true,
                x => x.Call with { Body = x.Call.Body!.Replace("\\u0027", "", StringComparison.Ordinal) }));
        yield return Mutant.Of("CHR-ALLOWED-SET", "non-breaking-space-refused", "the non-breaking space is refused",
            RefuseText(textWrites, v => v.Contains('\u00A0', StringComparison.Ordinal)));
        yield return Mutant.Of("CHR-ALLOWED-SET", "accented-lower-case-refused", "the accented lower-case letters of the pages are refused",
            RefuseText(textWrites, v => v.Any(ch => "àâäçèéêëîïôöùûü".Contains(ch, StringComparison.Ordinal))));
        yield return Mutant.Of("CHR-ALLOWED-SET", "brackets-refused", "the brackets [ ] { } of the pages are refused",
            RefuseText(textWrites, v => v.IndexOfAny(['[', ']', '{', '}']) >= 0));
        yield return Mutant.Of("CHR-ALLOWED-SET", "accents-stripped", "accented letters are stored without their accents",
            Mutate.Orders(o => StripAccents(o["end_customer"]) | (o["bounds"] is JsonArray bounds && bounds.Aggregate(false, (any, b) => StripAccents(b?["address"]) | any))));

        // TXT-MAX-LENGTH
        yield return Mutant.Of("TXT-MAX-LENGTH", "long-text-truncated", "a text over its maximum is accepted and silently cut to the maximum",
            AcceptValues(textWrites, v => v.Length > 255, v => v[..(v.Length > 1000 ? 1000 : 255)], putBack: false));
        yield return Mutant.Of("TXT-MAX-LENGTH", "long-text-kept", "a text over its maximum is accepted and kept whole",
            AcceptValues(textWrites, v => v.Length > 255, v => v[..(v.Length > 1000 ? 1000 : 255)]));
        yield return Mutant.Of("TXT-MAX-LENGTH", "comment-limited-to-255", "free comments are limited to 255 characters like other texts",
            Mutate.Refuse(x => x.Call.IsModify() && Facts.Sent(x.Call, "comment") is { Length: > 255 }, () => Reply.Invalid("comment")));
        yield return Mutant.Of("TXT-MAX-LENGTH", "maximum-itself-refused", "a text of exactly its maximum is refused (the limit is off by one)",
            RefuseText(c => c.IsModify() || c.IsCreate(), v => v.Length is 255 or 1000));
        yield return Mutant.Of("TXT-MAX-LENGTH", "long-info-message-accepted", "an info message over 1000 characters is accepted (cut to 1000)",
            Mutate.Accept(c => c.IsInfo(), r => r.NamesField("message"), x => Facts.Sent(x.Call, "message") is { Length: > 1000 } m ? x.Call.EditJson(b => b["message"] = m[..1000]) : null));

        // OTP-PATTERN
        yield return Mutant.Of("OTP-PATTERN", "otp-not-checked", "any OTP reference is accepted",
            AcceptValues(c => c.IsEndpointPatch(), _ => true, _ => "FI-1234-4234"));
        yield return Mutant.Of("OTP-PATTERN", "otp-lower-case-prefix-accepted", "a lower-case OTP prefix is accepted (and kept as sent)",
            AcceptValues(c => c.IsEndpointPatch(), v => LowerPrefix().IsMatch(v), v => v.ToUpperInvariant()));
        yield return Mutant.Of("OTP-PATTERN", "otp-trimmed", "spaces around an OTP reference are accepted (and trimmed)",
            AcceptValues(c => c.IsEndpointPatch(), v => v.Length > 0 && v != v.Trim(), v => v.Trim(), putBack: false));
        yield return Mutant.Of("OTP-PATTERN", "otp-underscores-accepted", "an OTP reference with underscores instead of dashes is accepted",
            AcceptValues(c => c.IsEndpointPatch(), v => v.Contains('_', StringComparison.Ordinal), v => v.Replace('_', '-')));
        yield return Mutant.Of("OTP-PATTERN", "otp-three-character-prefix-refused", "an OTP reference with a three-character prefix is refused",
            Mutate.Refuse(x => x.Call.IsEndpointPatch() && Facts.Sent(x.Call, "reference") is { } r && ThreePrefix().IsMatch(r), () => Reply.Invalid("reference")));
        yield return Mutant.Of("OTP-PATTERN", "otp-lower-case-groups-refused", "an OTP reference with lower-case letters in its groups is refused",
            Mutate.Refuse(x => x.Call.IsEndpointPatch() && Facts.Sent(x.Call, "reference") is { } r && r.Length > 3 && r[3..].Any(char.IsLower), () => Reply.Invalid("reference")));
        yield return Mutant.Of("OTP-PATTERN", "otp-stored-upper-case", "an OTP reference is stored in upper case",
            Mutate.All(
                Mutate.Answer(c => c.IsEndpointPatch(), (_, r) => r.Ok && r.Json() is JsonObject e && JsonEdit.Map(e, "reference", v => v.ToUpperInvariant()) ? r.WithJson(e) : null),
                Mutate.Orders(o => (o["bounds"] as JsonArray ?? []).SelectMany(b => b?["endpoints"] as JsonArray ?? []).Aggregate(false, (any, e) => JsonEdit.Map(e, "reference", v => v.ToUpperInvariant()) | any))));

        // END-CUSTOMER-TYPE
        yield return Mutant.Of("END-CUSTOMER-TYPE", "unknown-end-customer-type-accepted", "an end-customer type other than registered, unregistered or individual is accepted",
            AcceptValues(c => c.IsModify(), _ => true, _ => "unregistered", field => field == "end_customer.type"));
        yield return Mutant.Of("END-CUSTOMER-TYPE", "end-customer-type-case-insensitive", "the end-customer type is compared without case (Individual is accepted)",
            AcceptValues(c => c.IsModify(), v => v.ToLowerInvariant() is "registered" or "unregistered" or "individual", v => v.ToLowerInvariant(), field => field == "end_customer.type"));
        yield return Mutant.Of("END-CUSTOMER-TYPE", "registered-without-siret", "a registered end customer can be submitted without a SIRET",
            NotRequiredAtSubmit("end_customer.siret", "81352886600029"));
        yield return Mutant.Of("END-CUSTOMER-TYPE", "individual-without-first-name", "an individual end customer can be submitted without a first name",
            NotRequiredAtSubmit("end_customer.first_name", "Jean"));
        yield return Mutant.Of("END-CUSTOMER-TYPE", "individual-refused", "the end-customer type individual is refused",
            RefuseText(c => c.IsModify(), v => v == "individual"));
        yield return Mutant.Of("END-CUSTOMER-TYPE", "end-customer-not-an-object-ignored", "an end_customer that is not a JSON object is silently ignored",
            Mutate.Accept(c => c.IsModify(), r => r.NamesField("end_customer"), x => x.Call.EditJson(b => b.Remove("end_customer"))));

        // SIRET-FORMAT
        yield return Mutant.Of("SIRET-FORMAT", "siret-not-checked", "any SIRET is accepted",
            AcceptValues(c => c.IsModify(), _ => true, _ => "81352886600029", field => field == "end_customer.siret"));
        yield return Mutant.Of("SIRET-FORMAT", "siret-spaces-allowed", "a SIRET written with spaces is accepted (stored without them)",
            AcceptValues(c => c.IsModify(), v => v.Contains(' ', StringComparison.Ordinal), v => v.Replace(" ", "", StringComparison.Ordinal), field => field == "end_customer.siret", putBack: false));
        yield return Mutant.Of("SIRET-FORMAT", "siret-thirteen-digits-accepted", "a SIRET of 13 digits is accepted (the SIREN plus a short NIC)",
            AcceptValues(c => c.IsModify(), v => v.Length == 13 && v.All(char.IsAsciiDigit), v => v + "0", field => field == "end_customer.siret"));
        yield return Mutant.Of("SIRET-FORMAT", "siret-refused", "even a 14-digit SIRET is refused",
            Mutate.Refuse(x => x.Call.IsModify() && Facts.Sent(x.Call, "end_customer.siret") is not null, () => Reply.Invalid("end_customer.siret")));
        yield return Mutant.Of("SIRET-FORMAT", "siret-stored-grouped", "a SIRET is stored grouped with spaces (813 528 866 00029)",
            Mutate.Orders(o => JsonEdit.Map(o, "end_customer.siret", v => v.Length == 14 ? $"{v[..3]} {v[3..6]} {v[6..9]} {v[9..]}" : v)));
    }

    /// <summary>
    /// A check not enforced: where the provider refuses with 400 naming fields whose sent text
    /// <paramref name="offending"/> picks, the mutant sends <paramref name="clean"/>'s version and answers
    /// with the original text put back (now and on later reads of the order).
    /// </summary>
    public static Rewrite AcceptValues(Func<Call, bool> when, Func<string, bool> offending, Func<string, string> clean, Func<string, bool>? fieldFilter = null, bool putBack = true) =>
        Mutate.Around(when, async x =>
        {
            var reply = await x.ForwardAsync();
            var body = x.Call.JsonObject();

            // A bound PATCH sends {"address": …}; the provider names the field bounds[0].address.….
            var fields = reply.ErrorFields().Select(f => x.Call.IsBoundPatch() ? BoundPrefix().Replace(f, "") : f).ToList();
            if (reply.Status != 400 || body is null || fields.Count == 0
                || !fields.All(f => (fieldFilter?.Invoke(f) ?? true) && Text(body, f) is { } v && offending(v)))
            {
                return reply;
            }

            var cleaned = (JsonObject)body.DeepClone();
            foreach (var field in fields)
            {
                JsonEdit.Set(cleaned, field, clean(Text(body, field)!));
            }

            if (await x.SendAsync(x.Call.WithJson(cleaned)) is not { Ok: true } second || second.Json() is not JsonObject answer)
            {
                return reply;
            }

            x.Fired();
            if (!putBack)
            {
                return second;
            }

            void PutBack(JsonObject target)
            {
                foreach (var field in fields)
                {
                    JsonEdit.Set(target, field, JsonEdit.Get(body, field));
                }
            }

            PutBack(answer);
            if (x.Call.IsModify() || x.Call.IsCreate())
            {
                x.Memory.Edit(answer["uuid"]?.ToString() ?? "", PutBack);
            }

            return second.WithJson(answer);
        });

    /// <summary>A field submit needs is not required: the mutant fills it when it is the only one missing, and drops it from the refusal otherwise.</summary>
    public static Rewrite NotRequiredAtSubmit(string field, string filler) => NotRequiredAtSubmit(field, _ => filler);

    /// <summary>As <see cref="NotRequiredAtSubmit(string, string)"/>, with a filler that depends on the call.</summary>
    public static Rewrite NotRequiredAtSubmit(string field, Func<Intercepted, string> filler) =>
        Mutate.Around(c => c.IsSubmit(), async x =>
        {
            var reply = await x.ForwardAsync();
            if (reply.Status != 400 || !reply.NamesField(field))
            {
                return reply;
            }

            x.Fired();
            if (reply.ErrorFields().Any(f => f != field))
            {
                return reply.WithJson(Mutate.EditDetails(reply.Json(), d => d["field"]?.ToString() == field ? null : d));
            }

            var fill = await x.SendAsync(x.Call.Sibling("PATCH", x.Call.Path, Facts.With([], field, filler(x))));
            return fill.Ok ? await x.ForwardAsync() : reply;
        });

    /// <summary>Refuses (400 naming the field) a write whose text values <paramref name="refused"/> picks.</summary>
    private static Rewrite RefuseText(Func<Call, bool> when, Func<string, bool> refused) =>
        Mutate.Instead(x => when(x.Call) && FirstText(x.Call.JsonObject(), "", refused) is not null, x => Reply.Invalid(FirstText(x.Call.JsonObject(), "", refused)!));

    /// <summary>The dotted path of the first string value the predicate picks.</summary>
    private static string? FirstText(JsonNode? node, string path, Func<string, bool> pick) => node switch
    {
        JsonObject obj => obj.Select(p => FirstText(p.Value, path.Length == 0 ? p.Key : $"{path}.{p.Key}", pick)).FirstOrDefault(p => p is not null),
        JsonValue v when JsonEdit.String(v) is { } text && pick(text) => path,
        _ => null,
    };

    private static string? Text(JsonNode? root, string path) => JsonEdit.String(JsonEdit.Get(root, path));

    private static bool StripAccents(JsonNode? node)
    {
        var changed = false;
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj.ToList())
            {
                if (JsonEdit.String(value) is { } text)
                {
                    var plain = new string([.. text.Select(ch => Accented.IndexOf(ch, StringComparison.Ordinal) is var i and >= 0 ? Plain[i] : ch)]);
                    if (plain != text)
                    {
                        obj[key] = plain;
                        changed = true;
                    }
                }
                else
                {
                    changed |= StripAccents(value);
                }
            }
        }

        return changed;
    }

    [GeneratedRegex(@"^bounds\[\d+\]\.")]
    private static partial Regex BoundPrefix();

    [GeneratedRegex("^[a-z0-9]{2,3}-")]
    private static partial Regex LowerPrefix();

    [GeneratedRegex("^[A-Z0-9]{3}-")]
    private static partial Regex ThreePrefix();
}
