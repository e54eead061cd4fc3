using System.Text.Json.Nodes;
using Covage.Conformance.SelfTest.Interception;

namespace Covage.Conformance.SelfTest.Catalogue;

/// <summary>Mutants of the creation rules: the answer, eligibility, request types, terminate orders, FP05, options, v1 endpoints.</summary>
internal static class CreateMutants
{
    private static readonly string[] KnownOptions =
    [
        "gtr", "contract_term", "internal_cabling", "portability", "unlisted_number", "patch_panel", "enni_redundancy",
        "cpe_install", "installation_expert", "guaranteed_bandwidth", "demarcation_device", "double_otp", "otp_displacement",
    ];

    public static IEnumerable<Mutant> All()
    {
        // CRT-RESPONSE
        yield return Mutant.Of("CRT-RESPONSE", "create-answers-201", "creating an order answers 201 instead of 200",
            Mutate.Answer(c => c.IsCreate(), (_, r) => r.Ok ? r.WithStatus(201) : null));
        yield return Mutant.Of("CRT-RESPONSE", "create-answers-uuid-only", "creating an order answers only the new order's uuid, not the whole draft",
            Mutate.Answer(c => c.IsCreate(), (_, r) => r.Ok && r.Json()?["uuid"] is { } uuid ? r.WithJson(new JsonObject { ["uuid"] = uuid.DeepClone() }) : null));
        yield return Mutant.Of("CRT-RESPONSE", "create-without-bounds", "the new draft comes without the bounds of its eligibility",
            Mutate.Answer(c => c.IsCreate(), (_, r) => r.Ok && r.Json() is JsonObject o && JsonEdit.Set(o, "bounds", new JsonArray()) ? r.WithJson(o) : null));
        yield return Mutant.Of("CRT-RESPONSE", "create-without-eligibility-ref", "the new draft does not show the eligibility reference it was made from",
            Mutate.Answer(c => c.IsCreate(), (_, r) => r.Ok && r.Json() is JsonObject o && JsonEdit.Remove(o, "eligibility_ref") ? r.WithJson(o) : null));
        yield return Mutant.Of("CRT-RESPONSE", "v1-alias-not-the-reference", "v1 shows an alias other than the order's v2 reference",
            Mutate.V1Orders(o => JsonEdit.Map(o, "alias", a => a[..^1] + (char)('0' + ((a[^1] - '0' + 1) % 10)))));
        yield return Mutant.Of("CRT-RESPONSE", "v1-operator-contact-not-mapped", "v1 does not show the operator contact as contacts.operator.contact_uuid",
            Mutate.V1Orders(o => JsonEdit.Remove(o, "contacts.operator")));
        yield return Mutant.Of("CRT-RESPONSE", "v1-owner-contact-dropped", "the contact of the owner sent through v1 (contacts.owner) is not stored as the end customer's contact",
            Mutate.Request(c => c.IsV1Create() && c.JsonObject()?["contacts"]?["owner"] is not null, x => x.Call.EditJson(b => JsonEdit.Remove(b, "contacts.owner"))));
        yield return Mutant.Of("CRT-RESPONSE", "v1-order-ref-and-name-swapped", "v1's operator_order_ref and operator_order_name are mapped the wrong way round",
            Mutate.Request(c => c.IsV1Create() && Facts.Sent(c, "operator_order_ref") is not null, x => x.Call.EditJson(b =>
            {
                (b["operator_order_ref"], b["operator_order_name"]) = (b["operator_order_name"]?.DeepClone(), b["operator_order_ref"]?.DeepClone());
            })));
        yield return Mutant.Of("CRT-RESPONSE", "v1-endpoint-ref-not-mapped", "v1 shows the endpoint reference in international format, not as v2 has it",
            Mutate.V1Orders(o => JsonEdit.Map(o, "endpoints[0].endpoint_ref", e => e.StartsWith('0') ? "+33" + e[1..] : e)));

        // CRT-ACTIVATE-NEEDS-ELIGIBILITY
        yield return Mutant.Of("CRT-ACTIVATE-NEEDS-ELIGIBILITY", "eligibility-optional", "an activate order without an eligibility reference is accepted",
            Mutate.Accept(c => c.IsCreate() && c.JsonObject()?["eligibility_ref"] is null, r => r.NamesField("eligibility_ref"), OwnEligibility));
        yield return Mutant.Of("CRT-ACTIVATE-NEEDS-ELIGIBILITY", "unknown-eligibility-accepted", "an eligibility reference the provider does not know is accepted",
            Mutate.Accept(c => c.IsCreate() && c.JsonObject()?["eligibility_ref"] is not null, r => r.NamesField("eligibility_ref"), OwnEligibility));
        yield return Mutant.Of("CRT-ACTIVATE-NEEDS-ELIGIBILITY", "request-type-defaults-to-activate", "an activate order without a request type is taken as request type activate",
            Mutate.Accept(c => c.IsCreate() && c.JsonObject()?["request_type"] is null, r => r.NamesField("request_type"), x => x.Call.EditJson(b => b["request_type"] = "activate")));
        yield return Mutant.Of("CRT-ACTIVATE-NEEDS-ELIGIBILITY", "missing-product-names-no-field", "an order without a product is refused without naming the field",
            Mutate.Answer(c => c.IsCreate() && c.JsonObject()?["product"] is null, (_, r) => r.Status == 400 ? Reply.Invalid() : null));

        // CRT-REQUEST-TYPE-COPPER
        yield return Mutant.Of("CRT-REQUEST-TYPE-COPPER", "copper-takes-any-request-type", "a copper order accepts any request type (taken as activate)",
            Mutate.Accept(c => c.IsCreate(), r => r.NamesField("request_type"), x => Facts.SentFamily(x) is "A" or "S" or "M" ? x.Call.EditJson(b => b["request_type"] = "activate") : null,
                (o, sent) => JsonEdit.Set(o, "request_type", sent["request_type"])));
        yield return Mutant.Of("CRT-REQUEST-TYPE-COPPER", "copper-refuses-create-neighbour", "a copper order refuses the request type create_neighbour",
            Mutate.Refuse(x => x.Call.IsCreate() && Facts.Sent(x.Call, "request_type") == "create_neighbour" && Facts.SentFamily(x) is "A" or "S" or "M", () => Reply.Invalid("request_type")));
        yield return Mutant.Of("CRT-REQUEST-TYPE-COPPER", "copper-nearby-shown-as-create", "a copper create_nearby order shows the request type create",
            Mutate.Orders(o => JsonEdit.Family(o) is "A" or "S" or "M" && JsonEdit.Text(o, "request_type") == "create_nearby" && JsonEdit.Set(o, "request_type", "create")));

        // CRT-REQUEST-TYPE-FIBER
        yield return Mutant.Of("CRT-REQUEST-TYPE-FIBER", "fiber-takes-copper-request-types", "a fibre order accepts copper request types (taken as create)",
            Mutate.Accept(c => c.IsCreate(), r => r.NamesField("request_type"), x => Facts.SentFamily(x) is "F" or "E" ? x.Call.EditJson(b => b["request_type"] = "create") : null,
                (o, sent) => JsonEdit.Set(o, "request_type", sent["request_type"])));
        yield return Mutant.Of("CRT-REQUEST-TYPE-FIBER", "fiber-refuses-activate-undefined", "a fibre order refuses the request type activate_undefined",
            Mutate.Refuse(x => x.Call.IsCreate() && Facts.Sent(x.Call, "request_type") == "activate_undefined", () => Reply.Invalid("request_type")));
        yield return Mutant.Of("CRT-REQUEST-TYPE-FIBER", "fiber-undefined-shown-as-defined", "a fibre activate_undefined order shows the request type activate_defined",
            Mutate.Orders(o => JsonEdit.Family(o) is "F" or "E" && JsonEdit.Text(o, "request_type") == "activate_undefined" && JsonEdit.Set(o, "request_type", "activate_defined")));

        // CRT-TERMINATE-REF
        yield return Mutant.Of("CRT-TERMINATE-REF", "terminate-not-prefilled", "a terminate order is not pre-filled from its service (no end customer, no operator contact)",
            Mutate.Answer(c => c.IsCreate() && Facts.Sent(c, "type") == "terminate",
                (_, r) => r.Ok && r.Json() is JsonObject o && JsonEdit.Remove(o, "end_customer") | JsonEdit.Remove(o, "operator_info") ? r.WithJson(o) : null));
        yield return Mutant.Of("CRT-TERMINATE-REF", "terminate-prefilled-from-another-order", "a terminate order is pre-filled with another customer's name and another order's order_ref",
            Mutate.Orders(o => JsonEdit.Text(o, "type") == "terminate"
                && JsonEdit.Set(o, "end_customer.name", "Somebody Else") | JsonEdit.Set(o, "operator_info.order_ref", "SOMEONE-ELSES-ORDER")));
        yield return Mutant.Of("CRT-TERMINATE-REF", "terminate-without-known-service", "a terminate order naming no active service (or an unknown one) is accepted",
            Mutate.Around(c => c.IsCreate() && Facts.Sent(c, "type") == "terminate", async x =>
            {
                var reply = await x.ForwardAsync();
                if (reply.Status != 400 || !(reply.NamesField("service_uuid") || reply.NamesField("service_ref") || reply.ErrorFields().Count == 0)
                    || await Facts.NewServiceAsync(x, "AM01") is not { } uuid)
                {
                    return reply;
                }

                x.Fired();
                return await x.SendAsync(x.Call.EditJson(b =>
                {
                    b.Remove("service_ref");
                    b["service_uuid"] = uuid;
                }));
            }));
        yield return Mutant.Of("CRT-TERMINATE-REF", "terminate-by-ref-without-service-uuid", "a terminate order made by service reference does not name its service's uuid",
            Mutate.Answer(c => c.IsCreate() && Facts.Sent(c, "service_ref") is not null,
                (_, r) => r.Ok && r.Json() is JsonObject o && JsonEdit.Set(o, "service_uuid", null) ? r.WithJson(o) : null));
        yield return Mutant.Of("CRT-TERMINATE-REF", "terminate-product-not-copied", "a terminate order shows another product than its service's",
            Mutate.Orders(o => JsonEdit.Text(o, "type") == "terminate" && JsonEdit.Text(o, "product.code") == "AM01" && JsonEdit.Set(o, "product.code", "AM02")));

        // CRT-TERMINATE-FAMILIES
        foreach (var family in new[] { "S", "M", "F" })
        {
            yield return Mutant.Of("CRT-TERMINATE-FAMILIES", $"terminate-refused-for-family-{family.ToLowerInvariant()}", $"terminate orders are refused for family {family}",
                Mutate.Around(c => c.IsCreate() && Facts.Sent(c, "type") == "terminate", async x =>
                {
                    var reply = await x.ForwardAsync();
                    if (!reply.Ok || JsonEdit.Family(reply.Json()) != family || reply.Json()?["uuid"]?.ToString() is not { } uuid)
                    {
                        return reply;
                    }

                    x.Fired();
                    await x.SendAsync(x.Call.Sibling("DELETE", $"/api/v2/orders/{uuid}/"));
                    return Reply.Invalid("service_uuid");
                }));
        }

        // CRT-FP05-SECOND-RDV
        yield return Mutant.Of("CRT-FP05-SECOND-RDV", "second-rdv-on-other-products", "allow_second_rdv is accepted on Fiber Pro products other than FP05",
            Mutate.Accept(c => c.IsCreate() && Facts.Sent(c, "product.code") != "FP05", r => r.NamesField("allow_second_rdv"),
                x => x.Call.EditJson(b => b.Remove("allow_second_rdv")), (o, sent) => JsonEdit.Set(o, "allow_second_rdv", sent["allow_second_rdv"])));
        yield return Mutant.Of("CRT-FP05-SECOND-RDV", "second-rdv-on-create-orders", "allow_second_rdv is accepted on FP05 create orders",
            Mutate.Accept(c => c.IsCreate() && Facts.Sent(c, "request_type") == "create", r => r.NamesField("allow_second_rdv"),
                x => x.Call.EditJson(b => b.Remove("allow_second_rdv")), (o, sent) => JsonEdit.Set(o, "allow_second_rdv", sent["allow_second_rdv"])));
        yield return Mutant.Of("CRT-FP05-SECOND-RDV", "second-rdv-address-on-other-products", "address_second_rdv is accepted on Fiber Pro products other than FP05",
            Mutate.Accept(c => c.IsCreate(), r => r.NamesField("address_second_rdv"),
                x => x.Call.EditJson(b => b.Remove("address_second_rdv")), (o, sent) => JsonEdit.Set(o, "address_second_rdv", sent["address_second_rdv"])));
        yield return Mutant.Of("CRT-FP05-SECOND-RDV", "second-rdv-not-kept", "an FP05 order accepts allow_second_rdv but does not keep it",
            Mutate.Orders(o => JsonEdit.Remove(o, "allow_second_rdv")));
        yield return Mutant.Of("CRT-FP05-SECOND-RDV", "second-rdv-address-not-kept", "an FP05 order accepts address_second_rdv but does not keep it",
            Mutate.Orders(o => JsonEdit.Remove(o, "address_second_rdv")));

        // CRT-OPTIONS-BY-FAMILY
        yield return Mutant.Of("CRT-OPTIONS-BY-FAMILY", "options-not-checked-by-family", "every option is accepted on every family",
            AcceptOptions(_ => true));
        yield return Mutant.Of("CRT-OPTIONS-BY-FAMILY", "unknown-option-accepted", "an option name the catalogue does not know is accepted",
            AcceptOptions(name => !KnownOptions.Contains(name)));
        yield return Mutant.Of("CRT-OPTIONS-BY-FAMILY", "double-otp-on-activate", "double_otp is accepted on Fiber Pro activate orders",
            AcceptOptions(name => name == "double_otp"));
        yield return Mutant.Of("CRT-OPTIONS-BY-FAMILY", "patch-panel-refused-on-e", "patch_panel is refused on enterprise fibre (family E)",
            RefuseOption("patch_panel", "E"));
        yield return Mutant.Of("CRT-OPTIONS-BY-FAMILY", "internal-cabling-refused-on-m", "internal_cabling is refused on SDSL Max (family M)",
            RefuseOption("internal_cabling", "M"));
        yield return Mutant.Of("CRT-OPTIONS-BY-FAMILY", "options-dropped", "accepted options are not kept: the order shows none",
            Mutate.Orders(o => o["options"] is JsonObject { Count: > 0 } && JsonEdit.Set(o, "options", new JsonObject())));

        // CRT-OPTION-SHAPES
        yield return Mutant.Of("CRT-OPTION-SHAPES", "value-option-without-default", "value options come back without their default_value",
            EditOptions(option => option.Remove("default_value")));
        yield return Mutant.Of("CRT-OPTION-SHAPES", "value-option-without-value", "value options come back without the value the operator chose",
            EditOptions(option => option.ContainsKey("default_value") && option.Remove("value")));
        yield return Mutant.Of("CRT-OPTION-SHAPES", "portability-without-read-only-fields", "the portability option comes back without contract_ref and operator_code",
            EditOptions(option => option.Remove("contract_ref") | option.Remove("operator_code")));
        yield return Mutant.Of("CRT-OPTION-SHAPES", "option-enabled-as-text", "an option's enabled comes back as the text \"true\" instead of a boolean",
            EditOptions(option => option["enabled"] is JsonValue v && v.TryGetValue<bool>(out var on) && JsonEdit.Set(option, "enabled", on ? "true" : "false")));

        yield return Mutant.Of("CRT-OPTION-SHAPES", "option-enabled-by-default", "an option sent without enabled comes back enabled (the default is false)",
            Mutate.Request(c => (c.IsCreate() || c.IsModify()) && c.JsonObject()?["options"] is JsonObject options && options.Any(p => p.Value is JsonObject o && !o.ContainsKey("enabled")),
                x => x.Call.EditJson(b =>
                {
                    foreach (var (_, option) in (JsonObject)b["options"]!)
                    {
                        if (option is JsonObject o && !o.ContainsKey("enabled"))
                        {
                            o["enabled"] = true;
                        }
                    }
                })));

        yield return Mutant.Of("CRT-OPTION-SHAPES", "disabled-option-enabled", "an option sent with enabled false comes back enabled",
            Mutate.Request(c => (c.IsCreate() || c.IsModify()) && c.JsonObject()?["options"] is JsonObject options
                && options.Any(p => p.Value is JsonObject o && o["enabled"] is JsonValue v && v.TryGetValue<bool>(out var on) && !on),
                x => x.Call.EditJson(b =>
                {
                    foreach (var (_, option) in (JsonObject)b["options"]!)
                    {
                        if (option is JsonObject o && o["enabled"] is JsonValue v && v.TryGetValue<bool>(out var on) && !on)
                        {
                            o["enabled"] = true;
                        }
                    }
                })));

        // CRT-ENDPOINTS-V1
        yield return Mutant.Of("CRT-ENDPOINTS-V1", "v1-activate-without-endpoints", "a v1 activate order without endpoints is accepted (the line is taken from the eligibility)",
            Mutate.Accept(c => c.IsV1Create() && Facts.Sent(c, "activation_type") == "activate", r => r.NamesField("endpoints"),
                x => x.Call.EditJson(b => b["endpoints"] = new JsonArray(new JsonObject { ["endpoint_ref_type"] = "line_number", ["endpoint_ref"] = "0417101993" }))));
        yield return Mutant.Of("CRT-ENDPOINTS-V1", "v1-line-building-with-endpoints", "a v1 line-building order sent with endpoints is accepted (they are ignored)",
            Mutate.Accept(c => c.IsV1Create() && Facts.Sent(c, "activation_type") != "activate", r => r.NamesField("endpoints"), x => x.Call.EditJson(b => b.Remove("endpoints"))));
        yield return Mutant.Of("CRT-ENDPOINTS-V1", "v1-line-building-shows-endpoints", "a v1 line-building order shows its reference line among its endpoints",
            Mutate.V1Orders(o => o["endpoints"] is JsonArray { Count: 0 } && o["reference_endpoint"] is JsonObject reference
                && JsonEdit.Set(o, "endpoints", new JsonArray(new JsonObject { ["endpoint_ref_type"] = "line_number", ["endpoint_ref"] = reference["endpoint_ref"]?.DeepClone() }))));
        yield return Mutant.Of("CRT-ENDPOINTS-V1", "v1-reference-endpoint-missing", "a v1 line-building order does not show its reference endpoint",
            Mutate.V1Orders(o => JsonEdit.Remove(o, "reference_endpoint")));
        yield return Mutant.Of("CRT-ENDPOINTS-V1", "v1-endpoint-type-renamed", "v1 endpoints show endpoint_ref_type \"line\" instead of line_number",
            Mutate.V1Orders(o => JsonEdit.Text(o, "endpoints[0].endpoint_ref_type") == "line_number" && JsonEdit.Set(o, "endpoints[0].endpoint_ref_type", "line")));
    }

    /// <summary>The eligibility of the caller's operator for the request type sent (copper or fibre by the product sent).</summary>
    private static Call? OwnEligibility(Intercepted x)
    {
        var op = Facts.OperatorOf(x) ?? x.Context.Fixtures.Operators[0];
        var requestType = Facts.Sent(x.Call, "request_type") ?? "activate";
        var refs = Facts.SentFamily(x) is "F" or "E" ? op.Eligibility.Fiber : op.Eligibility.Copper;
        return refs.TryGetValue(requestType, out var eligibility) ? x.Call.EditJson(b => b["eligibility_ref"] = eligibility) : null;
    }

    /// <summary>Options refused by the provider are accepted when <paramref name="which"/> picks them; the answer shows them enabled.</summary>
    private static Rewrite AcceptOptions(Func<string, bool> which) =>
        Mutate.Accept(c => c.IsCreate(), r => r.ErrorFields().Any(f => f.StartsWith("options.", StringComparison.Ordinal) && which(f["options.".Length..])),
            x => x.Call.EditJson(b =>
            {
                if (b["options"] is JsonObject options)
                {
                    foreach (var name in options.Select(p => p.Key).ToList())
                    {
                        options.Remove(name);
                    }
                }
            }),
            (o, sent) =>
            {
                foreach (var (name, value) in sent["options"] as JsonObject ?? [])
                {
                    JsonEdit.Set(o, $"options.{name}", value);
                }
            });

    /// <summary>An option the family should accept is refused.</summary>
    private static Rewrite RefuseOption(string option, string family) =>
        Mutate.Refuse(x => x.Call.IsCreate() && x.Call.JsonObject()?["options"]?[option] is not null && Facts.SentFamily(x) == family, () => Reply.Invalid($"options.{option}"));

    /// <summary>Edits each option of every v2 order view.</summary>
    private static Rewrite EditOptions(Func<JsonObject, bool> edit) =>
        Mutate.Orders(o => o["options"] is JsonObject options && options.Select(p => p.Value).OfType<JsonObject>().Aggregate(false, (any, option) => edit(option) | any));
}
