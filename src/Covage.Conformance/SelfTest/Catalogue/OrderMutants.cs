using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Covage.Conformance.SelfTest.Interception;

namespace Covage.Conformance.SelfTest.Catalogue;

/// <summary>Mutants of the order rules: type, initial status, reference, uuid, batch alias, statuses, transitions, product, families, ENNI, origin.</summary>
internal static partial class OrderMutants
{
    public static IEnumerable<Mutant> All()
    {
        // ORD-TYPE
        yield return Mutant.Of("ORD-TYPE", "type-unknown-taken-as-activate", "an order type other than activate or terminate is accepted and read as activate",
            Mutate.Accept(c => c.IsCreate(), r => r.NamesField("type"), x => x.Call.EditJson(b => b["type"] = "activate")));
        yield return Mutant.Of("ORD-TYPE", "type-case-insensitive", "the order type is compared without case: ACTIVATE is taken as activate",
            Mutate.Request(c => c.IsCreate() && Facts.Sent(c, "type") is { } t && !t.Equals(t.ToLowerInvariant(), StringComparison.Ordinal),
                x => x.Call.EditJson(b => b["type"] = b["type"]!.ToString().ToLowerInvariant())));
        yield return Mutant.Of("ORD-TYPE", "type-refused-with-422", "an unknown order type is refused with 422 instead of 400",
            Mutate.Answer(c => c.IsCreate(), (_, r) => r.Status == 400 && r.NamesField("type") ? r.WithStatus(422) : null));
        yield return Mutant.Of("ORD-TYPE", "type-error-names-end-customer-type", "the refusal of an unknown order type names the field end_customer.type instead of type",
            Mutate.Answer(c => c.IsCreate(), (_, r) => r.Status == 400 && r.NamesField("type")
                ? r.WithJson(Mutate.EditDetails(r.Json(), d => Facts.With(d, "field", d["field"]?.ToString() == "type" ? "end_customer.type" : d["field"]?.DeepClone())))
                : null));

        // ORD-INITIAL-DRAFT
        yield return Mutant.Of("ORD-INITIAL-DRAFT", "created-as-submitted", "a new v2 order starts its life as submitted, not draft",
            Mutate.Answer(c => c.IsCreate(), (_, r) => r.Ok && r.Json() is JsonObject o && JsonEdit.Set(o, "status", "submitted") ? r.WithJson(o) : null));
        yield return Mutant.Of("ORD-INITIAL-DRAFT", "terminate-created-as-acknowledged", "a new terminate order starts as acknowledged",
            Mutate.Answer(c => c.IsCreate() && Facts.Sent(c, "type") == "terminate",
                (_, r) => r.Ok && r.Json() is JsonObject o && JsonEdit.Set(o, "status", "acknowledged") ? r.WithJson(o) : null));
        yield return Mutant.Of("ORD-INITIAL-DRAFT", "v1-created-as-submitted", "a new v1 order starts its life as submitted",
            Mutate.Answer(c => c.IsV1Create(), (_, r) => r.Ok && r.Json() is JsonObject o && JsonEdit.Set(o, "status", "submitted") ? r.WithJson(o) : null));

        // ORD-REFERENCE-FORMAT
        yield return Mutant.Of("ORD-REFERENCE-FORMAT", "reference-dated-next-day", "the reference carries the next day's date (a local-time date near midnight)",
            Mutate.Orders(o => JsonEdit.Map(o, "reference", r => Facts.ShiftDate(r, 1))));
        yield return Mutant.Of("ORD-REFERENCE-FORMAT", "reference-four-digits", "the reference ends with four digits instead of five",
            Mutate.Orders(o => JsonEdit.Map(o, "reference", r => r[..^1])));
        yield return Mutant.Of("ORD-REFERENCE-FORMAT", "reference-with-dash", "the reference separates the date and the number with a dash",
            Mutate.Orders(o => JsonEdit.Map(o, "reference", r => r.Replace('_', '-'))));
        yield return Mutant.Of("ORD-REFERENCE-FORMAT", "v1-alias-lower-case", "the v1 alias starts with a lower-case o",
            Mutate.V1Orders(o => JsonEdit.Map(o, "alias", r => r.ToLowerInvariant())));

        // ORD-UUID-FORMAT
        yield return Mutant.Of("ORD-UUID-FORMAT", "uuid-upper-case", "order uuids are written in upper case",
            Mutate.All(
                Mutate.Request(c => c.OrderUuid() is { } u && !u.Equals(u.ToLowerInvariant(), StringComparison.Ordinal), x => x.Call with { Path = x.Call.Path.ToLowerInvariant() }),
                Mutate.Orders(o => JsonEdit.Map(o, "uuid", u => u.ToUpperInvariant()))));
        yield return Mutant.Of("ORD-UUID-FORMAT", "uuid-without-dashes", "order uuids are written as 32 hex digits without dashes",
            Mutate.All(
                Mutate.Request(c => c.OrderUuid() is { Length: 32 }, x => x.Call with { Path = x.Call.Path.Replace(x.Call.OrderUuid()!, Guid.Parse(x.Call.OrderUuid()!).ToString(), StringComparison.Ordinal) }),
                Mutate.Orders(o => JsonEdit.Map(o, "uuid", u => u.Replace("-", "", StringComparison.Ordinal)))));

        // ORD-BATCH-ALIAS
        yield return Mutant.Of("ORD-BATCH-ALIAS", "batch-alias-not-checked", "any batch alias is accepted (its format is not checked)",
            Mutate.Accept(c => c.IsV1Create(), r => r.NamesField("batch_alias"), x => x.Call.EditJson(b => b.Remove("batch_alias")),
                (o, sent) => JsonEdit.Set(o, "batch_alias", sent["batch_alias"])));
        yield return Mutant.Of("ORD-BATCH-ALIAS", "batch-alias-dropped", "a valid batch alias is not kept: the order never shows it",
            Mutate.V1Orders(o => JsonEdit.Remove(o, "batch_alias")));
        yield return Mutant.Of("ORD-BATCH-ALIAS", "batch-alias-dash-accepted", "a batch alias written B170516-00001 (dash) is accepted",
            Mutate.Request(c => c.IsV1Create() && Facts.Sent(c, "batch_alias") is { } a && BatchWithDash().IsMatch(a),
                x => x.Call.EditJson(b => b["batch_alias"] = b["batch_alias"]!.ToString().Replace('-', '_'))));

        // ORD-STATUS-SET
        yield return Mutant.Of("ORD-STATUS-SET", "pending-shown-as-waiting", "a pending order shows the status waiting_operator",
            Mutate.Orders(o => JsonEdit.Text(o, "status") == "pending" && JsonEdit.Set(o, "status", "waiting_operator")));
        yield return Mutant.Of("ORD-STATUS-SET", "held-shown-as-on-hold", "a held order shows the status on_hold",
            Mutate.Orders(o => JsonEdit.Text(o, "status") == "held" && JsonEdit.Set(o, "status", "on_hold")));
        yield return Mutant.Of("ORD-STATUS-SET", "control-accepts-unknown-status", "the control API accepts a move to a status that does not exist (and ignores it)",
            Mutate.PretendOk(c => c.IsTransition() && !Facts.Statuses.Contains(c.ControlTarget()), (_, _) => true, (x, _) => x.Order));

        // ORD-STATUS-TERMINAL
        foreach (var final in Facts.Finals)
        {
            yield return Mutant.Of("ORD-STATUS-TERMINAL", $"{final}-moves-again", $"a {final} order can still be moved by Covage",
                Mutate.PretendOk(c => c.IsTransition(), (x, _) => Facts.Status(x) == final, (x, _) =>
                {
                    var to = x.Call.ControlTarget()!;
                    x.Memory.Edit(x.Call.OrderUuid()!, o => o["status"] = to);
                    return x.Order is { } o ? Facts.With(o, "status", to) : null;
                }));
        }

        yield return Mutant.Of("ORD-STATUS-TERMINAL UPD-DRAFT-ONLY", "final-order-modifiable", "a completed, rejected or cancelled order accepts modifications",
            Mutate.PretendModified(c => c.IsModify(), (x, _) => Facts.Finals.Contains(Facts.Status(x))));
        yield return Mutant.Of("ORD-STATUS-TERMINAL UPD-DELETE-DRAFT", "final-order-deletable", "a completed, rejected or cancelled order can be deleted",
            Mutate.PretendDeleted(c => c.IsOrder("DELETE"), (x, _) => Facts.Finals.Contains(Facts.Status(x))));

        // ORD-STATUS-DATES
        foreach (var date in new[] { "submission_date", "acknowledged_date", "processing_date", "held_date", "completion_date", "cancellation_date", "rejection_date" })
        {
            yield return Mutant.Of("ORD-STATUS-DATES", $"{date.Replace('_', '-')}-not-stamped", $"entering the status does not stamp {date}",
                Mutate.Orders(o => JsonEdit.Remove(o, date)));
        }

        yield return Mutant.Of("ORD-STATUS-DATES", "held-date-keeps-the-first", "held_date keeps the first time the order was held, not the latest",
            Mutate.Answer(c => c.IsOrder() || c.IsList() || c.IsTransition(), (x, r) =>
            {
                var first = x.Context.State<System.Collections.Concurrent.ConcurrentDictionary<string, string>>();
                var json = r.Ok ? r.Json() : null;
                var orders = json is JsonArray list ? list.OfType<JsonObject>().ToList() : json is JsonObject one ? [one] : [];
                var changed = false;
                foreach (var order in orders)
                {
                    if (JsonEdit.Text(order, "uuid") is { } uuid && JsonEdit.Text(order, "held_date") is { } held && first.GetOrAdd(uuid, held) is var kept && kept != held)
                    {
                        changed |= JsonEdit.Set(order, "held_date", kept);
                    }
                }

                return changed ? r.WithJson(json) : null;
            }));
        yield return Mutant.Of("ORD-STATUS-DATES", "modification-date-frozen", "modification_date never moves from the creation date",
            Mutate.Orders(o => JsonEdit.Set(o, "modification_date", o["creation_date"])));
        yield return Mutant.Of("ORD-STATUS-DATES", "status-date-moves-with-modification", "updated_status_date moves with every modification, status or not",
            Mutate.Orders(o => JsonEdit.Set(o, "updated_status_date", o["modification_date"])));
        yield return Mutant.Of("ORD-STATUS-DATES", "creation-date-moves", "creation_date moves with every modification",
            Mutate.Orders(o => JsonEdit.Set(o, "creation_date", o["modification_date"])));
        yield return Mutant.Of("ORD-STATUS-DATES", "dates-without-t", "dates are written \"2026-11-30 08:30:29\", not ISO-8601",
            Mutate.Orders(o => Milestones.Concat(["creation_date", "modification_date", "updated_status_date"]).Aggregate(false, (any, f) => JsonEdit.Map(o, f, d => d.Replace('T', ' ').TrimEnd('Z')) | any)));
        yield return Mutant.Of("ORD-STATUS-DATES", "milestones-show-the-creation-date", "every milestone date shows the creation date instead of the moment the status was entered",
            Mutate.Orders(o => Milestones.Aggregate(false, (any, f) => (JsonEdit.Get(o, f) is not null && JsonEdit.Set(o, f, o["creation_date"])) | any)));
        yield return Mutant.Of("ORD-STATUS-DATES", "milestones-restamped", "every milestone date is restamped with each status change (first stamps lose their value)",
            Mutate.Orders(o => Milestones.Aggregate(false, (any, f) => (JsonEdit.Get(o, f) is not null && JsonEdit.Set(o, f, o["updated_status_date"])) | any)));

        // ORD-TRANSITIONS
        yield return Mutant.Of("ORD-TRANSITIONS", "submitted-cannot-be-rejected", "Covage cannot reject an order that is only submitted",
            RefuseMove(x => Facts.Status(x) == "submitted" && x.Call.ControlTarget() == "rejected"));
        yield return Mutant.Of("ORD-TRANSITIONS", "held-cannot-resume", "a held order cannot go back to running",
            RefuseMove(x => Facts.Status(x) == "held" && x.Call.ControlTarget() == "running"));
        yield return Mutant.Of("ORD-TRANSITIONS", "running-cannot-wait", "a running order cannot wait for the operator (pending)",
            RefuseMove(x => Facts.Status(x) == "running" && x.Call.ControlTarget() == "pending"));
        yield return Mutant.Of("ORD-TRANSITIONS", "acknowledgement-skipped", "a submitted order can be moved straight to running (acknowledged on the way)",
            MoveThrough("submitted", "running", "acknowledged"));
        yield return Mutant.Of("ORD-TRANSITIONS", "held-straight-to-completed", "a held order can be completed straight away (running on the way)",
            MoveThrough("held", "completed", "running"));
        yield return Mutant.Of("ORD-TRANSITIONS", "pending-straight-to-held", "a pending order can be held straight away (running on the way)",
            MoveThrough("pending", "held", "running"));
        yield return Mutant.Of("ORD-TRANSITIONS", "covage-submits-drafts", "Covage can submit a draft on the operator's behalf",
            Mutate.Around(c => c.IsTransition() && c.ControlTarget() == "submitted", async x =>
            {
                if (Facts.Status(x) != "draft" || x.Memory.OwnerOf(x.Call.OrderUuid()!) is not { } owner)
                {
                    return null;
                }

                var submit = new Call("PATCH", $"/api/v2/orders/{x.Call.OrderUuid()}/", "", new Dictionary<string, string> { ["Authorization"] = owner },
                    new JsonObject { ["status"] = "submitted" }.ToJsonString(), "application/json");
                var reply = await x.SendAsync(submit);
                if (!reply.Ok)
                {
                    return null;
                }

                x.Fired();
                return reply;
            }));
        yield return Mutant.Of("ORD-TRANSITIONS", "self-move-accepted", "a move to the status the order already has is accepted (and emits nothing)",
            Mutate.PretendOk(c => c.IsTransition(), (x, _) => Facts.Status(x) is { } status && x.Call.ControlTarget() == status, (x, _) => x.Order));
        yield return Mutant.Of("ORD-TRANSITIONS", "back-to-acknowledged", "a pending or held order can go back to acknowledged",
            Mutate.PretendOk(c => c.IsTransition() && c.ControlTarget() == "acknowledged", (x, _) =>
            {
                if (Facts.Status(x) is not ("pending" or "held"))
                {
                    return false;
                }

                x.Memory.Edit(x.Call.OrderUuid()!, o => o["status"] = "acknowledged");
                return true;
            }, (x, _) => x.Order is { } o ? Facts.With(o, "status", "acknowledged") : null));
        yield return Mutant.Of("ORD-TRANSITIONS", "fibre-cannot-be-held", "a Fiber Pro order cannot be held",
            RefuseMove(x => Facts.IsFiber(x) && x.Call.ControlTarget() == "held"));
        yield return Mutant.Of("ORD-TRANSITIONS", "line-building-cannot-be-held", "a copper line-building order cannot be held",
            RefuseMove(x => Facts.IsCopperLineBuilding(x) && x.Call.ControlTarget() == "held"));
        yield return Mutant.Of("ORD-TRANSITIONS", "terminate-skips-acknowledgement", "a terminate order can be moved straight to running (acknowledged on the way)",
            MoveThrough("submitted", "running", "acknowledged", Facts.IsTerminate));

        // ORD-OPERATOR-STATUS
        yield return Mutant.Of("ORD-OPERATOR-STATUS", "operator-writes-any-status", "the operator may set any status, not only submitted",
            Mutate.PretendModified(c => c.IsStatusPatch() && Facts.Statuses.Contains(Facts.Sent(c, "status")), (_, r) => r.NamesField("status")));
        yield return Mutant.Of("ORD-OPERATOR-STATUS", "status-case-insensitive", "the status SUBMITTED is taken as submitted",
            Mutate.Request(c => c.IsStatusPatch() && Facts.Sent(c, "status") == "SUBMITTED", x => x.Call.EditJson(b => b["status"] = "submitted")));
        yield return Mutant.Of("ORD-OPERATOR-STATUS", "status-refused-with-409", "a status other than submitted is refused with 409 instead of 400",
            Mutate.Answer(c => c.IsStatusPatch(), (_, r) => r.Status == 400 && r.NamesField("status") ? r.WithStatus(409) : null));
        yield return Mutant.Of("ORD-OPERATOR-STATUS", "unknown-status-ignored", "a status that does not exist is silently ignored (200, nothing changes)",
            Mutate.PretendOk(c => c.IsStatusPatch() && !Facts.Statuses.Contains(Facts.Sent(c, "status")), (_, r) => r.NamesField("status"), (x, _) => x.Order));

        // ORD-PRODUCT-EXPANSION
        yield return Mutant.Of("ORD-PRODUCT-EXPANSION", "product-not-expanded", "the product is answered as sent ({code} only), not expanded from the catalogue",
            Mutate.All(Mutate.Orders(ProductCodeOnly), Mutate.V1Orders(ProductCodeOnly)));
        yield return Mutant.Of("ORD-PRODUCT-EXPANSION", "product-line-without-description", "the product's line comes without its description",
            Mutate.Orders(o => JsonEdit.Remove(o, "product.line.description")));
        yield return Mutant.Of("ORD-PRODUCT-EXPANSION", "unknown-product-taken-as-am01", "an unknown product code is accepted and replaced by a known product",
            Mutate.Accept(c => c.IsCreate(), r => r.NamesField("product.code"), x => x.Call.EditJson(b => b["product"] = new JsonObject { ["code"] = "AM01" })));
        yield return Mutant.Of("ORD-PRODUCT-EXPANSION", "product-line-code-lower-case", "the product's line code is written in lower case",
            Mutate.Orders(o => JsonEdit.Map(o, "product.line.code", c => c.ToLowerInvariant())));

        // ORD-SERVICE-FAMILIES
        yield return Mutant.Of("ORD-SERVICE-FAMILIES", "sdsl-max-in-family-s", "SDSL Max products (family M) are shown in family S",
            Mutate.Orders(o => JsonEdit.Family(o) == "M" && JsonEdit.Set(o, "product.line.family.code", "S")));
        yield return Mutant.Of("ORD-SERVICE-FAMILIES", "enterprise-fibre-in-family-f", "enterprise fibre products (family E) are shown in family F",
            Mutate.Orders(o => JsonEdit.Family(o) == "E" && JsonEdit.Set(o, "product.line.family.code", "F")));
        yield return Mutant.Of("ORD-SERVICE-FAMILIES", "enni-in-family-e", "ENNI products (family N) are shown in family E",
            Mutate.Orders(o => JsonEdit.Family(o) == "N" && JsonEdit.Set(o, "product.line.family.code", "E")));

        // ORD-ENNI-READONLY
        yield return Mutant.Of("ORD-ENNI-READONLY", "enni-order-modifiable", "the operator can modify its ENNI order",
            Mutate.PretendModified(c => c.IsModify(), (x, _) => Facts.Family(x) == "N"));
        yield return Mutant.Of("ORD-ENNI-READONLY", "enni-order-submittable", "the operator can submit its ENNI order",
            Mutate.PretendModified(c => c.IsSubmit(), (x, _) => Facts.Family(x) == "N"));
        yield return Mutant.Of("ORD-ENNI-READONLY", "enni-order-deletable", "the operator can delete its ENNI order",
            Mutate.PretendDeleted(c => c.IsOrder("DELETE"), (x, _) => Facts.Family(x) == "N"));
        yield return Mutant.Of("ORD-ENNI-READONLY", "enni-order-creatable", "the operator can order an ENNI product",
            Mutate.Accept(c => c.IsCreate(), r => r.Cites("ORD-ENNI-READONLY"), x => x.Call.EditJson(b => b["product"] = new JsonObject { ["code"] = "AM01" })));
        yield return Mutant.Of("ORD-ENNI-READONLY", "enni-order-hidden", "the operator cannot read its ENNI order (404)",
            Mutate.Answer(c => c.IsOrder("GET") || c.IsV1Order("GET"), (_, r) => r.Ok && JsonEdit.Family(r.Json()) == "N" ? Reply.NotFound() : null));
        yield return Mutant.Of("ORD-ENNI-READONLY", "v1-enni-order-deletable", "the operator can delete its ENNI order through v1",
            Mutate.PretendDeleted(c => c.IsV1Order("DELETE"), (x, _) => Facts.Family(x) == "N"));
        yield return Mutant.Of("ORD-ENNI-READONLY", "v1-enni-order-submittable", "the operator can submit its ENNI order through v1",
            Mutate.PretendOk(c => c.IsV1Action("submit"), (x, _) => Facts.Family(x) == "N", (_, _) => new JsonObject()));
        yield return Mutant.Of("ORD-ENNI-READONLY", "v1-enni-order-replaceable", "the operator can replace its ENNI order through v1",
            Mutate.Around(c => c.IsV1Order("PUT"), async x =>
            {
                var reply = await x.ForwardAsync();
                if (!reply.Refused || Facts.Family(x) != "N")
                {
                    return reply;
                }

                x.Fired();
                return await x.SendAsync(x.Call.Sibling("GET", x.Call.Path));
            }));

        // ORD-ENNI-POP
        yield return Mutant.Of("ORD-ENNI-POP", "enni-pop-missing", "an ENNI order does not show the POP that hosts it",
            Mutate.V1Orders(o => JsonEdit.Family(o) == "N" && JsonEdit.Remove(o, "pop")));
        yield return Mutant.Of("ORD-ENNI-POP", "enni-pop-without-housing", "an ENNI order's POP comes without its housing",
            Mutate.V1Orders(o => JsonEdit.Family(o) == "N" && JsonEdit.Remove(o, "pop.housing")));
        yield return Mutant.Of("ORD-ENNI-POP", "enni-gtr-default-business-hours", "an ENNI order's GTR defaults to business hours (4h_bhbd), not 4H-24/7",
            Mutate.All(
                Mutate.V1Orders(o => JsonEdit.Family(o) == "N" && JsonEdit.Text(o, "options.gtr.default_value") is not null && JsonEdit.Set(o, "options.gtr.default_value", "4h_bhbd")),
                Mutate.Orders(o => JsonEdit.Family(o) == "N" && JsonEdit.Text(o, "options.gtr.default_value") is not null && JsonEdit.Set(o, "options.gtr.default_value", "4h_bhbd"))));
        yield return Mutant.Of("ORD-ENNI-POP", "enni-gtr-off", "an ENNI order carries no GTR (the option is off)",
            Mutate.Orders(o => JsonEdit.Family(o) == "N" && JsonEdit.Text(o, "options.gtr.enabled") == "true" && JsonEdit.Set(o, "options.gtr.enabled", false)));

        // ORD-ENNI-FIELD-V1
        yield return Mutant.Of("ORD-ENNI-FIELD-V1", "v1-sdsl-submits-without-enni", "a v1 SDSL order without its enni can be submitted",
            Mutate.PretendOk(c => c.IsV1Action("submit"), (x, r) =>
            {
                if (!r.NamesField("enni") || Facts.Family(x) != "S" || Facts.OperatorOf(x) is not { HasEnni: true })
                {
                    return false;
                }

                x.Memory.Edit(x.Call.OrderUuid()!, o => o["status"] = "submitted");
                return true;
            }, (_, _) => new JsonObject()));
        yield return Mutant.Of("ORD-ENNI-FIELD-V1", "v1-enni-refusal-names-service-ref", "the refusal of a v1 SDSL order without enni names enni.enni_service_ref, not enni",
            Mutate.Answer(c => c.IsV1Action("submit"), (_, r) => r.Status == 400 && r.NamesField("enni")
                ? r.WithJson(Mutate.EditDetails(r.Json(), d => d["field"]?.ToString() == "enni" ? Facts.With(d, "field", "enni.enni_service_ref") : d)) : null));
        yield return Mutant.Of("ORD-ENNI-FIELD-V1", "v1-sdsl-with-enni-refused", "a v1 SDSL order is refused at submit even with its enni",
            Mutate.Refuse(x => x.Call.IsV1Action("submit") && Facts.Family(x) == "S" && x.Memory.V1Order(x.Call.OrderUuid())?["enni"] is JsonObject { Count: > 0 },
                () => Reply.Invalid("enni")));

        // ORD-ENNI-NO-TERMINATE
        yield return Mutant.Of("ORD-ENNI-NO-TERMINATE", "enni-service-terminable", "an ENNI service can be terminated (a terminate order is made)",
            Mutate.Around(c => c.IsCreate() && Facts.Sent(c, "type") == "terminate", async x =>
            {
                var reply = await x.ForwardAsync();
                if (!reply.Cites("ORD-ENNI-NO-TERMINATE") || Facts.OperatorOf(x) is not { } op)
                {
                    return reply;
                }

                var service = await x.ControlAsync("/_simulator/services/", new JsonObject { ["operator_uuid"] = op.OperatorUuid, ["product_code"] = "AM01" });
                if (service.Json()?["uuid"]?.ToString() is not { } uuid)
                {
                    return reply;
                }

                x.Fired();
                return await x.SendAsync(x.Call.EditJson(b => b["service_uuid"] = uuid));
            }));
        yield return Mutant.Of("ORD-ENNI-NO-TERMINATE", "enni-terminate-crashes", "terminating an ENNI service crashes with a 500",
            Mutate.Answer(c => c.IsCreate(), (_, r) => r.Cites("ORD-ENNI-NO-TERMINATE") ? new Reply(500, new Dictionary<string, string> { ["Content-Type"] = "text/plain" }, "Internal Server Error") : null));

        // ORD-ENTERPRISE-NEEDS-ENNI
        yield return Mutant.Of("ORD-ENTERPRISE-NEEDS-ENNI", "enterprise-without-enni-submits", "an operator without ENNI can submit an enterprise order",
            Mutate.PretendModified(c => c.IsSubmit(), (_, r) => r.Cites("ORD-ENTERPRISE-NEEDS-ENNI")));
        yield return Mutant.Of("ORD-ENTERPRISE-NEEDS-ENNI", "enterprise-refused-to-all", "nobody can submit an enterprise order, ENNI or not",
            Mutate.Refuse(x => x.Call.IsSubmit() && Facts.Family(x) is "S" or "E", () => Reply.Invalid("enni")));
        yield return Mutant.Of("ORD-ENTERPRISE-NEEDS-ENNI", "every-order-needs-enni", "an operator without ENNI cannot submit any order, enterprise or not",
            Mutate.Refuse(x => x.Call.IsSubmit() && Facts.OperatorOf(x) is { HasEnni: false }, () => Reply.Invalid("enni")));

        // ORD-ORIGIN
        yield return Mutant.Of("ORD-ORIGIN", "origin-writable", "the origin sent by the operator is stored",
            Mutate.Answer(c => c.IsV1Create() && Facts.Sent(c, "origin") is not null,
                (x, r) => r.Ok && r.Json() is JsonObject o && JsonEdit.Set(o, "origin", Facts.Sent(x.Call, "origin")) ? r.WithJson(o) : null));
        yield return Mutant.Of("ORD-ORIGIN", "origin-unknown-value", "the origin is answered as manual, a value the pages do not list",
            Mutate.V1Orders(o => JsonEdit.Set(o, "origin", "manual")));
    }

    private static readonly string[] Milestones = ["submission_date", "acknowledged_date", "processing_date", "held_date", "completion_date", "cancellation_date", "rejection_date"];

    private static bool ProductCodeOnly(JsonObject order) =>
        JsonEdit.Text(order, "product.code") is { } code && order["product"] is JsonObject { Count: > 1 } && JsonEdit.Set(order, "product", new JsonObject { ["code"] = code });

    /// <summary>The control API refuses a documented move.</summary>
    private static Rewrite RefuseMove(Func<Intercepted, bool> when) =>
        Mutate.Refuse(x => x.Call.IsTransition() && when(x), () => Reply.Error(409, "The order's status does not allow this action.", "to"));

    /// <summary>The control API accepts an undocumented move by passing through a status in between.</summary>
    private static Rewrite MoveThrough(string from, string to, string via, Func<Intercepted, bool>? which = null) =>
        Mutate.Around(c => c.IsTransition() && c.ControlTarget() == to, async x =>
        {
            if (Facts.Status(x) != from || !(which?.Invoke(x) ?? true))
            {
                return null;
            }

            var first = await x.SendAsync(x.Call.EditJson(b => b["to"] = via));
            if (!first.Ok)
            {
                return first;
            }

            x.Fired();
            return await x.ForwardAsync();
        });

    [GeneratedRegex(@"^B\d{6}-\d{5}$")]
    private static partial Regex BatchWithDash();
}
