using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Covage.Conformance.SelfTest.Interception;

namespace Covage.Conformance.SelfTest.Catalogue;

/// <summary>Mutants of submitting, of the operator's v1 actions after submit, and of completion.</summary>
internal static class SubmitMutants
{
    public static IEnumerable<Mutant> All()
    {
        // SUB-DRAFT-ONLY
        yield return Mutant.Of("SUB-DRAFT-ONLY", "resubmit-accepted", "an order that is no longer a draft can be submitted again (200, nothing changes)",
            Mutate.PretendOk(c => c.IsSubmit(), (x, _) => Facts.Status(x) is not (null or "draft") && Facts.Family(x) != "N", (x, _) => x.Order));
        yield return Mutant.Of("SUB-DRAFT-ONLY", "v1-resubmit-accepted", "an order that is no longer a draft can be submitted again through v1",
            Mutate.PretendOk(c => c.IsV1Action("submit"), (x, _) => Facts.Status(x) is not (null or "draft"), (_, _) => new JsonObject()));
        yield return Mutant.Of("SUB-DRAFT-ONLY", "submit-answers-draft", "a successful submit answers the order as it was (status draft)",
            Mutate.Answer(c => c.IsSubmit(), (_, r) => r.Ok && r.Json() is JsonObject o && JsonEdit.Set(o, "status", "draft") ? r.WithJson(o) : null));
        yield return Mutant.Of("SUB-DRAFT-ONLY", "final-order-resubmitted", "a completed, rejected or cancelled order can be submitted again, and is submitted",
            Mutate.PretendModified(c => c.IsSubmit(), (x, _) => Facts.Finals.Contains(Facts.Status(x))));
        yield return Mutant.Of("SUB-DRAFT-ONLY", "resubmit-crashes", "submitting an order that is no longer a draft crashes with a 500",
            Mutate.Answer(c => c.IsSubmit() || c.IsV1Action("submit"), (x, r) => r.Refused && Facts.Status(x) is not (null or "draft") ? Reply.Error(500, "Internal server error") : null));

        // SUB-REQUIRED-FIELDS
        yield return Mutant.Of("SUB-REQUIRED-FIELDS", "submit-names-first-missing-only", "a refused submit names only the first missing field",
            Mutate.Answer(c => c.IsSubmit(), (_, r) => r.Status == 400 && r.ErrorFields().Count > 1
                ? r.WithJson(Facts.With(r.Json()!.AsObject(), "details", new JsonArray(r.Json()!["details"]![0]!.DeepClone()))) : null));
        yield return Mutant.Of("SUB-REQUIRED-FIELDS", "order-name-not-required", "an order without an order name can be submitted",
            FieldMutants.NotRequiredAtSubmit("operator_info.order_name", "Kit order"));
        yield return Mutant.Of("SUB-REQUIRED-FIELDS", "contact-email-not-required", "an order whose end-customer contact has no e-mail can be submitted",
            FieldMutants.NotRequiredAtSubmit("end_customer.contact.email", "someone@example.com"));
        yield return Mutant.Of("SUB-REQUIRED-FIELDS", "end-customer-name-not-required", "an order whose end customer has no name can be submitted",
            FieldMutants.NotRequiredAtSubmit("end_customer.name", "Somebody"));
        yield return Mutant.Of("SUB-REQUIRED-FIELDS", "submit-refusal-not-invalid-input", "a refused submit says \"Validation failed\" instead of \"Invalid input\"",
            Mutate.Answer(c => c.IsSubmit(), (_, r) => r.Status == 400 && r.Json() is JsonObject e ? r.WithJson(Facts.With(e, "error", "Validation failed")) : null));
        yield return Mutant.Of("SUB-REQUIRED-FIELDS", "refused-submit-still-submits", "a refused submit still makes the order submitted",
            Mutate.Around(c => c.IsSubmit(), async x =>
            {
                var reply = await x.ForwardAsync();
                if (reply.Status == 400 && x.Call.OrderUuid() is { } uuid)
                {
                    x.Fired();
                    x.Memory.Edit(uuid, o => o["status"] = "submitted");
                }

                return reply;
            }));

        // SUB-CONTACT-REQUIRED
        yield return Mutant.Of("SUB-CONTACT-REQUIRED", "contact-not-required", "an order without an operator contact can be submitted",
            FieldMutants.NotRequiredAtSubmit("operator_info.contact_uuid", x => (Facts.OperatorOf(x) ?? x.Context.Fixtures.Operators[0]).Contacts[0]));
        yield return Mutant.Of("SUB-CONTACT-REQUIRED", "foreign-contact-accepted", "a contact uuid that is not one of the operator's is accepted",
            FieldMutants.AcceptValues(c => c.IsModify(), _ => true, _ => "ulkk9b4j", field => field == "operator_info.contact_uuid"));
        yield return Mutant.Of("SUB-CONTACT-REQUIRED", "v1-submit-without-contact", "an order without an operator contact can be submitted through v1",
            Mutate.PretendOk(c => c.IsV1Action("submit"), (x, r) =>
            {
                if (!r.NamesField("contacts.operator.contact_uuid"))
                {
                    return false;
                }

                x.Memory.Edit(x.Call.OrderUuid()!, o => o["status"] = "submitted");
                return true;
            }, (_, _) => new JsonObject()));
        yield return Mutant.Of("SUB-CONTACT-REQUIRED", "v1-contact-error-names-v2-field", "a v1 refusal names the v2 field operator_info.contact_uuid instead of contacts.operator.contact_uuid",
            Mutate.Answer(c => c.IsV1Action("submit"), (_, r) => r.Status == 400 && r.NamesField("contacts.operator.contact_uuid")
                ? r.WithJson(Mutate.EditDetails(r.Json(), d => d["field"]?.ToString() == "contacts.operator.contact_uuid" ? Facts.With(d, "field", "operator_info.contact_uuid") : d))
                : null));

        // SUB-NO-PROVIDER-ACTION-ON-DRAFT
        yield return Mutant.Of("SUB-NO-PROVIDER-ACTION-ON-DRAFT", "covage-moves-drafts", "Covage can move a draft the operator has not submitted",
            Mutate.PretendOk(c => c.IsTransition(), (x, _) =>
            {
                if (Facts.Status(x) != "draft")
                {
                    return false;
                }

                var to = x.Call.ControlTarget()!;
                x.Memory.Edit(x.Call.OrderUuid()!, o => o["status"] = to);
                return true;
            }, (x, _) => x.Order is { } o ? Facts.With(o, "status", x.Call.ControlTarget()) : null));
        yield return Mutant.Of("SUB-NO-PROVIDER-ACTION-ON-DRAFT", "provider-events-on-drafts", "Covage can send events to a draft",
            Mutate.PretendOk(c => c.IsInject(), (x, _) =>
            {
                if (Facts.Status(x) != "draft" || x.Order is not { } order || x.Memory.OwnerOf(x.Call.OrderUuid()!) is not { } owner)
                {
                    return false;
                }

                x.Memory.AddEvent(owner, FakeEvent(x.Call.ControlTarget()!, order, x.Call.JsonObject()?["data"] as JsonObject));
                return true;
            }, (x, _) => FakeEvent(x.Call.ControlTarget()!, x.Order!, null)));
        yield return Mutant.Of("SUB-NO-PROVIDER-ACTION-ON-DRAFT", "draft-refusal-is-400", "Covage's actions on a draft are refused with 400 instead of 409",
            Mutate.Answer(c => c.IsTransition() || c.IsInject(), (x, r) => r.Status == 409 && Facts.Status(x) == "draft" ? r.WithStatus(400) : null));

        // SUB-APPOINTMENT-LINE-BUILDING
        yield return Mutant.Of("SUB-APPOINTMENT-LINE-BUILDING", "appointment-refused-on-line-building", "copper line-building orders do not take an appointment",
            Mutate.Refuse(x => x.Call.IsInject() && x.Call.ControlTarget() == "order-appointment-agreed" && Facts.IsCopperLineBuilding(x),
                () => Reply.Error(409, "The order's status does not allow this action.", "type")));
        yield return Mutant.Of("SUB-APPOINTMENT-LINE-BUILDING", "appointment-slot-shifted", "the appointment's start is shown an hour late (a time-zone slip)",
            Mutate.EventData("order-appointment-agreed", d => JsonEdit.Map(d, "start_date", Later)));
        yield return Mutant.Of("SUB-APPOINTMENT-LINE-BUILDING", "appointment-without-start", "the appointment event comes without its start date",
            Mutate.EventData("order-appointment-agreed", d => d.Remove("start_date")));

        // SUB-TERMINATE-IMMEDIATE
        yield return Mutant.Of("SUB-TERMINATE-IMMEDIATE", "terminate-submit-stays-draft", "submitting a terminate order answers 200 but the order stays a draft",
            Mutate.Instead(x => x.Call.IsSubmit() && Facts.IsTerminate(x) && Facts.Status(x) == "draft", x => Reply.Of(200, x.Order)));
        yield return Mutant.Of("SUB-TERMINATE-IMMEDIATE", "terminate-submit-refused", "a complete terminate order cannot be submitted",
            Mutate.Refuse(x => x.Call.IsSubmit() && Facts.IsTerminate(x), () => Reply.Invalid("service_uuid")));
        yield return Mutant.Of("SUB-TERMINATE-IMMEDIATE SUB-EVENT", "terminate-submit-without-event", "submitting a terminate order emits no order-submitted",
            Mutate.DropEvents((x, e) => e["type"]?.ToString() == "order-submitted" && JsonEdit.Text(x.Memory.Order(e["object_uuid"]?.ToString()), "type") == "terminate"));

        // SUB-EVENT
        yield return Mutant.Of("SUB-EVENT", "no-submitted-event", "a successful submit emits no order-submitted",
            Mutate.DropEvents((_, e) => e["type"]?.ToString() == "order-submitted"));
        yield return Mutant.Of("SUB-EVENT", "submitted-event-carries-uuid", "order-submitted's kosc_order_ref is the order's uuid, not its reference",
            Mutate.Events((_, e) =>
            {
                if (e["type"]?.ToString() == "order-submitted" && e["data"] is JsonObject data)
                {
                    data["kosc_order_ref"] = e["object_uuid"]?.DeepClone();
                }

                return e;
            }));
        yield return Mutant.Of("SUB-EVENT", "submitted-event-ref-renamed", "order-submitted carries the reference as order_ref instead of kosc_order_ref",
            Mutate.EventData("order-submitted", d => JsonEdit.Rename(d, "kosc_order_ref", "order_ref")));
        yield return Mutant.Of("SUB-EVENT", "refused-submit-emits-event", "a refused submit still emits order-submitted",
            Mutate.Around(c => c.IsSubmit(), async x =>
            {
                var reply = await x.ForwardAsync();
                if (reply.Status == 400 && x.Order is { } order && x.Call.Authorization is { } owner)
                {
                    x.Fired();
                    x.Memory.AddEvent(owner, FakeEvent("order-submitted", order, new JsonObject { ["kosc_order_ref"] = order["reference"]?.DeepClone() }));
                }

                return reply;
            }));
        yield return Mutant.Of("SUB-EVENT", "v1-submit-without-event", "a submit through v1 emits no order-submitted",
            Mutate.All(
                Mutate.Answer(c => c.IsV1Action("submit"), (x, r) =>
                {
                    if (r.Ok)
                    {
                        x.Context.State<ConcurrentDictionary<string, string>>()[x.Call.OrderUuid()!] = "v1";
                    }

                    return null;
                }),
                Mutate.DropEvents((x, e) => e["type"]?.ToString() == "order-submitted" && x.Context.State<ConcurrentDictionary<string, string>>().ContainsKey(e["object_uuid"]?.ToString() ?? ""))));

        // ACT-CONFIRM-CANCEL
        yield return Mutant.Of("ACT-CONFIRM-CANCEL", "confirm-does-nothing", "v1 confirm answers 200 {} but the order stays pending",
            Mutate.Instead(x => x.Call.IsV1Action("confirm") && Facts.Status(x) == "pending", _ => Reply.Of(200, new JsonObject())));
        yield return Mutant.Of("ACT-CONFIRM-CANCEL", "cancel-drops-reason", "v1 cancel does not keep the reason given",
            Mutate.Request(c => c.IsV1Action("cancel") && c.JsonObject()?["reason"] is not null, x => x.Call.EditJson(b => b.Remove("reason"))));
        yield return Mutant.Of("ACT-CONFIRM-CANCEL", "confirm-when-not-pending", "v1 confirm answers 200 on an order that is not pending",
            Mutate.PretendOk(c => c.IsV1Action("confirm"), (x, _) => Facts.Status(x) != "pending", (_, _) => new JsonObject()));
        yield return Mutant.Of("ACT-CONFIRM-CANCEL", "confirm-fibre-order", "v1 confirm is accepted on a pending fibre order",
            Mutate.PretendOk(c => c.IsV1Action("confirm"), (x, _) =>
            {
                if (!Facts.IsFiber(x) || Facts.Status(x) != "pending")
                {
                    return false;
                }

                x.Memory.Edit(x.Call.OrderUuid()!, o => o["status"] = "running");
                return true;
            }, (_, _) => new JsonObject()));
        yield return Mutant.Of("ACT-CONFIRM-CANCEL", "cancel-draft", "v1 cancel is accepted on a draft",
            Mutate.PretendOk(c => c.IsV1Action("cancel"), (x, _) => Facts.Status(x) == "draft", (_, _) => new JsonObject()));
        yield return Mutant.Of("ACT-CONFIRM-CANCEL", "confirm-without-confirmation-event", "v1 confirm of a sensitive access emits no order-sensibleaccess-orderconfirmed",
            Mutate.DropEvents((_, e) => e["type"]?.ToString() == "order-sensibleaccess-orderconfirmed"));
        yield return Mutant.Of("ACT-CONFIRM-CANCEL", "confirm-answers-the-order", "v1 confirm answers the order instead of {}",
            Mutate.Answer(c => c.IsV1Action("confirm"), (x, r) => r.Ok && x.Order is { } order ? Reply.Of(200, order) : null));

        // CMP-ACTIVATE-CREATES-SERVICE
        yield return Mutant.Of("CMP-ACTIVATE-CREATES-SERVICE", "completed-without-service-uuid", "a completed activate order does not name its new service's uuid",
            Mutate.Orders(o => JsonEdit.Text(o, "status") == "completed" && JsonEdit.Text(o, "type") == "activate" && JsonEdit.Remove(o, "service_uuid")));
        yield return Mutant.Of("CMP-ACTIVATE-CREATES-SERVICE", "completed-without-service-ref", "a completed activate order does not name its new service's reference",
            Mutate.Orders(o => JsonEdit.Text(o, "status") == "completed" && JsonEdit.Text(o, "type") == "activate" && JsonEdit.Remove(o, "service_ref")));
        yield return Mutant.Of("CMP-ACTIVATE-CREATES-SERVICE", "completed-event-other-service", "order-completed names another service than the order's",
            Mutate.EventData("order-completed", d => JsonEdit.Map(d, "service_uuid", _ => "00000000-0000-4000-8000-000000000000")));
        yield return Mutant.Of("CMP-ACTIVATE-CREATES-SERVICE", "completed-event-without-endpoints", "order-completed comes without its endpoints",
            Mutate.EventData("order-completed", d => d.Remove("endpoints")));
        yield return Mutant.Of("CMP-ACTIVATE-CREATES-SERVICE", "completed-event-without-service-alias", "order-completed comes without the service alias",
            Mutate.EventData("order-completed", d => d.Remove("service_alias")));
        yield return Mutant.Of("CMP-ACTIVATE-CREATES-SERVICE", "no-service-activated-event", "the new service never gets service-activated",
            Mutate.DropEvents((_, e) => e["type"]?.ToString() == "service-activated"));

        // CMP-TERMINATE-ENDS-SERVICE
        yield return Mutant.Of("CMP-TERMINATE-ENDS-SERVICE", "no-service-terminated-event", "the terminated service never gets service-terminated",
            Mutate.DropEvents((_, e) => e["type"]?.ToString() == "service-terminated"));
        yield return Mutant.Of("CMP-TERMINATE-ENDS-SERVICE", "service-terminated-as-activated", "the terminated service gets service-activated instead of service-terminated",
            Mutate.Events((_, e) =>
            {
                if (e["type"]?.ToString() == "service-terminated")
                {
                    e["type"] = "service-activated";
                }

                return e;
            }));
        yield return Mutant.Of("CMP-TERMINATE-ENDS-SERVICE SUB-TERMINATE-IMMEDIATE", "terminate-cannot-complete", "Covage cannot complete a terminate order",
            Mutate.Refuse(x => x.Call.IsTransition() && x.Call.ControlTarget() == "completed" && Facts.IsTerminate(x),
                () => Reply.Error(409, "The order's status does not allow this action.", "to")));
    }

    /// <summary>An event the mutant makes up for an order, in the feed's shape.</summary>
    public static JsonObject FakeEvent(string type, JsonObject order, JsonObject? data)
    {
        var date = JsonEdit.Text(order, "modification_date") ?? "2026-01-01T00:00:00.000000Z";
        return new JsonObject
        {
            ["model"] = "event",
            ["event_uuid"] = Guid.NewGuid().ToString(),
            ["type"] = type,
            ["object_type"] = "order",
            ["object_uuid"] = order["uuid"]?.DeepClone(),
            ["creation_date"] = date,
            ["modification_date"] = date,
            ["event_date"] = date,
            ["sort_value"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"[\"{date.TrimEnd('Z')}\",999999]")),
            ["data"] = data,
        };
    }

    private static string Later(string date) =>
        DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.AddHours(1).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)
            : date;
}
