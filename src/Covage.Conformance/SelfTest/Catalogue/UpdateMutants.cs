using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Covage.Conformance.Drivers;
using Covage.Conformance.SelfTest.Interception;

namespace Covage.Conformance.SelfTest.Catalogue;

/// <summary>Mutants of the update rules: draft only, v1 PUT, v2 PATCH, bounds, OTPs, deletion, the operator's order reference.</summary>
internal static class UpdateMutants
{
    private static readonly string[] ReadOnly = ["reference", "uuid", "creation_date", "product"];

    public static IEnumerable<Mutant> All()
    {
        // UPD-DRAFT-ONLY
        yield return Mutant.Of("UPD-DRAFT-ONLY", "submitted-order-modifiable", "an order that is no longer a draft accepts modifications",
            Mutate.PretendModified(c => c.IsModify(), (x, _) => Facts.Status(x) is not (null or "draft") && Facts.Family(x) != "N"));
        yield return Mutant.Of("UPD-DRAFT-ONLY", "submitted-bound-modifiable", "the address of an order that is no longer a draft can be changed",
            PretendBound(x => Facts.Status(x) != "draft"));
        yield return Mutant.Of("UPD-DRAFT-ONLY", "submitted-otp-modifiable", "the OTP of an order that is no longer a draft can be changed",
            PretendOtp(x => Facts.Status(x) != "draft"));
        yield return Mutant.Of("UPD-DRAFT-ONLY", "v1-submitted-replaceable", "an order that is no longer a draft can be replaced through v1",
            Mutate.Around(c => c.IsV1Order("PUT"), async x =>
            {
                var reply = await x.ForwardAsync();
                if (!reply.Refused || Facts.Status(x) is null or "draft" || Facts.Family(x) == "N"
                    || await x.SendAsync(x.Call.Sibling("GET", x.Call.Path)) is not { Ok: true } current || current.Json() is not JsonObject doc)
                {
                    return reply;
                }

                x.Fired();
                return Reply.Of(200, JsonMerge.Apply(doc, x.Call.JsonObject() ?? []));
            }));
        yield return Mutant.Of("UPD-DRAFT-ONLY", "draft-only-refusal-crashes", "modifying an order that is no longer a draft crashes with a 500",
            Mutate.Answer(c => c.IsModify(), (x, r) => r.Refused && Facts.Status(x) is not (null or "draft") ? Reply.Error(500, "Internal server error") : null));

        // UPD-V1-WHITELIST
        foreach (var field in new[] { "comment", "batch_alias", "owner", "operator_order_name", "enni", "options", "contacts.owner" })
        {
            yield return Mutant.Of("UPD-V1-WHITELIST", $"v1-put-ignores-{field.Replace('.', '-').Replace('_', '-')}", $"a v1 PUT does not take {field} into account (its current value stays)",
                V1Keep(field, evenWhenSent: true));
        }

        yield return Mutant.Of("UPD-V1-WHITELIST", "v1-put-applies-product", "a v1 PUT applies product.code, which it must ignore",
            V1Applies("product", (order, sent) => JsonEdit.Set(order, "product.code", sent?["code"])));
        yield return Mutant.Of("UPD-V1-WHITELIST", "v1-put-applies-status", "a v1 PUT applies status, which it must ignore",
            V1Applies("status", (order, sent) => JsonEdit.Set(order, "status", sent)));
        yield return Mutant.Of("UPD-V1-WHITELIST", "v1-put-applies-activation-type", "a v1 PUT applies activation_type, which it must ignore",
            V1Applies("activation_type", (order, sent) => JsonEdit.Set(order, "request_type", sent)));
        yield return Mutant.Of("UPD-V1-WHITELIST", "v1-put-applies-address", "a v1 PUT applies the address it sends, which it must ignore",
            V1Applies("address", (order, sent) => order["bounds"]?[0]?["address"] is JsonObject address && sent is JsonObject changes
                && JsonMerge.Apply(address, (JsonObject)changes.DeepClone()) is not null));
        yield return Mutant.Of("UPD-V1-WHITELIST", "v1-put-applies-eligibility-ref", "a v1 PUT applies eligibility_ref, which it must ignore",
            V1Applies("eligibility_ref", (order, sent) => JsonEdit.Set(order, "eligibility_ref", sent)));
        yield return Mutant.Of("UPD-V1-WHITELIST", "v1-put-applies-endpoints", "a v1 PUT applies the endpoints it sends, which it must ignore",
            V1Applies("endpoints", (order, sent) => sent?[0]?["endpoint_ref"] is { } reference && JsonEdit.Set(order, "bounds[0].endpoints[0].reference", reference)));

        // UPD-V1-WHOLE-DOCUMENT
        yield return Mutant.Of("UPD-V1-WHOLE-DOCUMENT", "v1-put-merges", "a v1 PUT keeps the modifiable fields it leaves out (it merges like a PATCH)",
            V1Keep(null, evenWhenSent: false));
        foreach (var field in new[] { "comment", "batch_alias", "contacts.operator", "owner", "options" })
        {
            yield return Mutant.Of("UPD-V1-WHOLE-DOCUMENT", $"v1-put-keeps-{field.Replace('.', '-').Replace('_', '-')}", $"a v1 PUT that leaves {field} out keeps it",
                V1Keep(field, evenWhenSent: false));
        }

        // UPD-V2-PATCH-MERGE
        yield return Mutant.Of("UPD-V2-PATCH-MERGE", "patch-replaces-objects", "a PATCH replaces each object it sends: the fields it does not send inside it are removed",
            Mutate.Around(c => c.IsModify(), async x =>
            {
                if (x.Order is not { } current || x.Call.JsonObject() is not { } patch)
                {
                    return null;
                }

                var wiped = patch.DeepClone().AsObject();
                if (!Wipe(wiped, current))
                {
                    return null;
                }

                x.Fired();
                return await x.SendAsync(x.Call.WithJson(wiped));
            }));
        yield return Mutant.Of("UPD-V2-PATCH-MERGE", "read-only-fields-written", "read-only fields sent in a PATCH (reference, uuid, creation_date, product) are written",
            Mutate.Around(c => c.IsModify() && ReadOnly.Any(f => c.JsonObject()?.ContainsKey(f) == true), async x =>
            {
                var reply = await x.ForwardAsync();
                if (!reply.Ok || x.Call.OrderUuid() is not { } uuid)
                {
                    return reply;
                }

                x.Fired();
                var patch = new JsonObject([.. x.Call.JsonObject()!.Where(p => ReadOnly.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))]);
                x.Memory.Edit(uuid, o => JsonMerge.Apply(o, (JsonObject)patch.DeepClone()));
                return reply.Json() is JsonObject answer ? reply.WithJson(JsonMerge.Apply(answer, patch)) : reply;
            }));
        yield return Mutant.Of("UPD-V2-PATCH-MERGE", "read-only-fields-refused", "a PATCH sending a read-only field is refused instead of ignoring it",
            Mutate.Refuse(x => x.Call.IsModify() && ReadOnly.FirstOrDefault(f => x.Call.JsonObject()?.ContainsKey(f) == true) is not null,
                () => Reply.Invalid("reference")));
        yield return Mutant.Of("UPD-V2-PATCH-MERGE", "patch-drops-options", "a PATCH does not take the options it sends into account",
            Mutate.Request(c => c.IsModify() && c.JsonObject()?["options"] is not null, x => x.Call.EditJson(b => b.Remove("options"))));
        yield return Mutant.Of("UPD-V2-PATCH-MERGE", "patch-answers-before-change", "a PATCH answers the order as it was before the change",
            Mutate.Around(c => c.IsModify() && c.JsonObject()?["end_customer"] is not null, async x =>
            {
                var before = x.Order;
                var reply = await x.ForwardAsync();
                if (!reply.Ok || before is null)
                {
                    return reply;
                }

                x.Fired();
                return Reply.Of(200, before);
            }));

        // UPD-BOUNDS-ADDRESS
        yield return Mutant.Of("UPD-BOUNDS-ADDRESS", "bound-floor-not-saved", "the bound PATCH accepts the floor but does not save it",
            Mutate.Request(c => c.IsBoundPatch() && c.JsonObject()?["address"]?["floor"] is not null, x => x.Call.EditJson(b => JsonEdit.Remove(b, "address.floor"))));
        yield return Mutant.Of("UPD-BOUNDS-ADDRESS", "bound-any-address-field", "the bound PATCH accepts any address field on any request type",
            PretendBound(x => Facts.Status(x) == "draft"));
        yield return Mutant.Of("UPD-BOUNDS-ADDRESS", "stairs-on-activate-defined", "the stairs of a fibre activate_defined order can be set",
            PretendBound(x => Facts.Status(x) == "draft" && Facts.RequestType(x) == "activate_defined"));
        yield return Mutant.Of("UPD-BOUNDS-ADDRESS", "street-number-refused-on-neighbour", "the street number of a copper create_neighbour order cannot be set",
            Mutate.Refuse(x => x.Call.IsBoundPatch() && x.Call.JsonObject()?["address"]?["street_number"] is not null && Facts.RequestType(x) == "create_neighbour",
                () => Reply.Invalid("address.street_number")));
        yield return Mutant.Of("UPD-BOUNDS-ADDRESS", "bound-patch-answers-order", "the bound PATCH answers the whole order instead of the bound",
            Mutate.Answer(c => c.IsBoundPatch(), (x, r) => r.Ok && x.Call.OrderUuid() is { } uuid && x.Memory.Order(uuid) is { } order ? Reply.Of(200, order) : null));

        // UPD-OTP-ONLY-ACTIVATE-DEFINED
        yield return Mutant.Of("UPD-OTP-ONLY-ACTIVATE-DEFINED", "otp-on-any-request-type", "the OTP reference can be set on any draft, whatever its request type",
            PretendOtp(x => Facts.Status(x) == "draft"));
        yield return Mutant.Of("UPD-OTP-ONLY-ACTIVATE-DEFINED", "otp-follows-creation-request-type", "the OTP rule looks at the request type the order was created with, not its current one",
            Mutate.All(
                Mutate.Answer(c => c.IsCreate(), (x, r) =>
                {
                    if (r.Ok && r.Json() is JsonObject o && o["uuid"]?.ToString() is { } uuid)
                    {
                        x.Context.State<ConcurrentDictionary<string, string>>()[uuid] = JsonEdit.Text(o, "request_type") ?? "";
                    }

                    return null;
                }),
                Mutate.Refuse(x => x.Call.IsEndpointPatch() && x.Context.State<ConcurrentDictionary<string, string>>().TryGetValue(x.Call.OrderUuid() ?? "", out var created)
                    && created != "activate_defined" && Facts.RequestType(x) == "activate_defined", () => Reply.Invalid("reference"))));

        // UPD-OTP-FILLS-ADDRESS
        yield return Mutant.Of("UPD-OTP-FILLS-ADDRESS", "otp-does-not-fill-address", "setting an OTP reference leaves the bound's stairs and floor as they were",
            AfterOtp((before, order) =>
            {
                JsonEdit.Set(order, "bounds[0].address.stairs", JsonEdit.Get(before, "bounds[0].address.stairs"));
                JsonEdit.Set(order, "bounds[0].address.floor", JsonEdit.Get(before, "bounds[0].address.floor"));
            }));
        yield return Mutant.Of("UPD-OTP-FILLS-ADDRESS", "otp-fills-floor-off-by-one", "setting an OTP reference fills the floor above the OTP's",
            AfterOtp((_, order) => JsonEdit.Map(order, "bounds[0].address.floor",
                f => int.TryParse(f, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (n + 1).ToString(CultureInfo.InvariantCulture) : f)));
        yield return Mutant.Of("UPD-OTP-FILLS-ADDRESS", "building-top-floor-missing", "the buildings endpoint leaves out the top floor of each staircase",
            Mutate.Answer(c => c.IsBuilding(), (_, r) => r.Ok && r.Json() is JsonObject b && b["stairs"] is JsonObject stairs
                && stairs.Select(s => s.Value).OfType<JsonArray>().Aggregate(false, (any, floors) => (floors.Count > 0 && floors.Remove(floors[^1])) | any) ? r.WithJson(b) : null));
        yield return Mutant.Of("UPD-OTP-FILLS-ADDRESS", "building-otps-one-floor-up", "the buildings endpoint lists each floor's OTPs under the floor above",
            Mutate.Answer(c => c.IsBuilding(), (_, r) =>
            {
                if (!r.Ok || r.Json() is not JsonObject b || b["stairs_with_otp_ref"] is not JsonObject stairs)
                {
                    return null;
                }

                foreach (var (_, floors) in stairs.ToList())
                {
                    if (floors is JsonObject byFloor)
                    {
                        var shifted = new JsonObject([.. byFloor.Select(f => KeyValuePair.Create(
                            int.TryParse(f.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (n + 1).ToString(CultureInfo.InvariantCulture) : f.Key, f.Value?.DeepClone()))]);
                        byFloor.Clear();
                        foreach (var (key, value) in shifted)
                        {
                            byFloor[key] = value?.DeepClone();
                        }
                    }
                }

                return r.WithJson(b);
            }));

        // UPD-DELETE-DRAFT
        yield return Mutant.Of("UPD-DELETE-DRAFT", "delete-answers-204", "deleting a draft answers 204 with no body instead of 200 {}",
            Mutate.Answer(c => c.IsOrder("DELETE") || c.IsV1Order("DELETE"), (_, r) => r.Ok ? new Reply(204, new Dictionary<string, string>(), "") : null));
        yield return Mutant.Of("UPD-DELETE-DRAFT", "delete-does-nothing", "deleting a draft answers 200 {} but the order stays",
            Mutate.Instead(x => x.Call.IsOrder("DELETE") && Facts.Status(x) == "draft", _ => Reply.Of(200, new JsonObject())));
        yield return Mutant.Of("UPD-DELETE-DRAFT", "submitted-deletable", "a submitted order can be deleted",
            Mutate.PretendDeleted(c => c.IsOrder("DELETE") || c.IsV1Order("DELETE"), (x, _) => Facts.Status(x) == "submitted"));
        yield return Mutant.Of("UPD-DELETE-DRAFT", "v1-copy-survives-delete", "an order deleted through v2 still reads through v1 (v1 keeps its own copy)",
            Mutate.All(
                Mutate.Answer(c => c.IsOrder("DELETE"), (x, r) =>
                {
                    if (r.Ok)
                    {
                        x.Context.State<ConcurrentDictionary<string, string>>()[x.Call.OrderUuid()!] = "deleted";
                    }

                    return null;
                }),
                Mutate.Answer(c => c.IsV1Order("GET"), (x, r) => r.Status == 404 && x.Context.State<ConcurrentDictionary<string, string>>().ContainsKey(x.Call.OrderUuid()!)
                    && x.Memory.V1Order(x.Call.OrderUuid()) is { } copy ? Reply.Of(200, copy) : null)));
        yield return Mutant.Of("UPD-DELETE-DRAFT", "delete-answers-a-message", "deleting a draft answers {\"deleted\": true} instead of {}",
            Mutate.Answer(c => c.IsOrder("DELETE") || c.IsV1Order("DELETE"), (_, r) => r.Ok ? Reply.Of(200, new JsonObject { ["deleted"] = true }) : null));

        // UPD-OPERATOR-REF-UNIQUE
        yield return Mutant.Of("UPD-OPERATOR-REF-UNIQUE", "duplicate-order-ref-accepted", "two orders of the operator may share an order_ref",
            Mutate.Accept(c => c.IsModify(), r => r.NamesField("operator_info.order_ref"),
                x => x.Call.EditJson(b => JsonEdit.Map(b, "operator_info.order_ref", r => r + "-twin")),
                (o, sent) => JsonEdit.Set(o, "operator_info.order_ref", JsonEdit.Get(sent, "operator_info.order_ref"))));
        yield return Mutant.Of("UPD-OPERATOR-REF-UNIQUE", "order-ref-cannot-change", "once set, the operator's order_ref cannot be changed",
            Mutate.Refuse(x => x.Call.IsModify() && Facts.Sent(x.Call, "operator_info.order_ref") is { } sent && JsonEdit.Text(x.Order, "operator_info.order_ref") is { } current
                && sent != current, () => Reply.Invalid("operator_info.order_ref")));
        yield return Mutant.Of("UPD-OPERATOR-REF-UNIQUE", "duplicate-refused-with-409", "a duplicate order_ref is refused with 409 instead of 400",
            Mutate.Answer(c => c.IsModify(), (_, r) => r.Status == 400 && r.NamesField("operator_info.order_ref") ? r.WithStatus(409) : null));
    }

    /// <summary>
    /// A v1 PUT that keeps the current value of <paramref name="field"/> (every whitelisted field when null):
    /// when it leaves it out, or also when it sends it (<paramref name="evenWhenSent"/>: the field is ignored).
    /// </summary>
    private static Rewrite V1Keep(string? field, bool evenWhenSent) =>
        Mutate.Around(c => c.IsV1Order("PUT"), async x =>
        {
            if (await x.SendAsync(x.Call.Sibling("GET", x.Call.Path)) is not { Ok: true } current || current.Json() is not JsonObject doc || x.Call.JsonObject() is not { } body)
            {
                return null;
            }

            var fields = field is null ? ["owner", "comment", "contacts", "options", "operator_order_ref", "operator_order_name", "enni", "batch_alias"] : new[] { field };
            var changed = false;
            foreach (var name in fields)
            {
                if ((evenWhenSent || !JsonEdit.Has(body, name)) && !JsonNode.DeepEquals(JsonEdit.Get(body, name), JsonEdit.Get(doc, name)))
                {
                    changed |= JsonEdit.Get(doc, name) is { } value ? JsonEdit.Set(body, name, value) : JsonEdit.Remove(body, name);
                }
            }

            if (!changed)
            {
                return null;
            }

            x.Fired();
            return await x.SendAsync(x.Call.WithJson(body));
        });

    /// <summary>
    /// A v1 PUT that applies a field it must ignore: the provider ignored it, so the mutant shows the sent
    /// value from now on, in the v2 view (<paramref name="apply"/>) and in the v1 view (the field as sent).
    /// </summary>
    private static Rewrite V1Applies(string field, Func<JsonObject, JsonNode?, bool> apply) =>
        Mutate.Around(c => c.IsV1Order("PUT") && c.JsonObject()?[field] is not null, async x =>
        {
            var reply = await x.ForwardAsync();
            if (!reply.Ok || x.Call.OrderUuid() is not { } uuid || reply.Json() is not JsonObject answer)
            {
                return reply;
            }

            x.Fired();
            var sent = x.Call.JsonObject()![field]!.DeepClone();
            x.Memory.Edit(uuid, o => apply(o, sent.DeepClone()));
            x.Memory.EditV1(uuid, o => o[field] = sent.DeepClone());
            answer[field] = sent.DeepClone();
            return reply.WithJson(answer);
        });

    /// <summary>Sets to null, inside each object the patch sends, the fields of the current order it does not send.</summary>
    private static bool Wipe(JsonObject patch, JsonObject current)
    {
        var changed = false;
        foreach (var (key, value) in patch.ToList())
        {
            if (value is JsonObject inner && current[key] is JsonObject existing)
            {
                foreach (var (name, _) in existing.ToList())
                {
                    if (!inner.ContainsKey(name))
                    {
                        inner[name] = null;
                        changed = true;
                    }
                }

                changed |= Wipe(inner, existing);
            }
        }

        return changed;
    }

    /// <summary>The bound PATCH accepted where the provider refused it: the address merged into the bound, now and on later reads.</summary>
    private static Rewrite PretendBound(Func<Intercepted, bool> when) =>
        Mutate.PretendOk(c => c.IsBoundPatch(), (x, _) => when(x) && Facts.Family(x) != "N", (x, _) =>
        {
            var boundUuid = x.Call.Segments[5];
            var address = x.Call.JsonObject()?["address"] as JsonObject ?? [];
            void Apply(JsonObject order)
            {
                foreach (var bound in order["bounds"] as JsonArray ?? [])
                {
                    if (bound?["uuid"]?.ToString() == boundUuid && bound["address"] is JsonObject current)
                    {
                        JsonMerge.Apply(current, (JsonObject)address.DeepClone());
                    }
                }
            }

            x.Memory.Edit(x.Call.OrderUuid()!, Apply);
            var order = x.Order ?? [];
            Apply(order);
            return (order["bounds"] as JsonArray)?.FirstOrDefault(b => b?["uuid"]?.ToString() == boundUuid)?.DeepClone();
        });

    /// <summary>The endpoint PATCH accepted where the provider refused it: the reference set, now and on later reads.</summary>
    private static Rewrite PretendOtp(Func<Intercepted, bool> when) =>
        Mutate.PretendOk(c => c.IsEndpointPatch(), (x, _) => when(x) && Facts.Family(x) != "N", (x, _) =>
        {
            var endpointUuid = x.Call.Segments[5];
            var reference = x.Call.JsonObject()?["reference"]?.DeepClone();
            void Apply(JsonObject order)
            {
                foreach (var endpoint in (order["bounds"] as JsonArray ?? []).SelectMany(b => b?["endpoints"] as JsonArray ?? []))
                {
                    if (endpoint is JsonObject e && e["uuid"]?.ToString() == endpointUuid)
                    {
                        e["reference"] = reference?.DeepClone();
                    }
                }
            }

            x.Memory.Edit(x.Call.OrderUuid()!, Apply);
            var order = x.Order ?? [];
            Apply(order);
            return (order["bounds"] as JsonArray ?? []).SelectMany(b => b?["endpoints"] as JsonArray ?? []).FirstOrDefault(e => e?["uuid"]?.ToString() == endpointUuid)?.DeepClone();
        });

    /// <summary>After an accepted OTP change, later reads of the order get <paramref name="edit"/> (given the order as it was before).</summary>
    private static Rewrite AfterOtp(Action<JsonObject, JsonObject> edit) =>
        Mutate.Around(c => c.IsEndpointPatch(), async x =>
        {
            var before = x.Order;
            var reply = await x.ForwardAsync();
            if (!reply.Ok || before is null)
            {
                return reply;
            }

            x.Fired();
            x.Memory.Edit(x.Call.OrderUuid()!, order => edit(before, order));
            return reply;
        });
}
