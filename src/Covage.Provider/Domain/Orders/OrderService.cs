using System.Text.Json.Nodes;
using Covage.Provider.Domain.Accounts;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Events;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Domain.Orders;

/// <summary>
/// The operations on orders, each atomic: it validates everything first, then swaps in the new
/// snapshot under the operator's lock and appends its events. A refusal changes nothing.
/// </summary>
internal sealed class OrderService(ProviderState state)
{
    private static readonly TimeSpan InfoWindow = TimeSpan.FromMinutes(5);

    private TimeProvider Clock => state.Clock;

    /// <summary>Raised after an operator submits an order (the autopilot listens).</summary>
    public event Action<Order>? Submitted;

    public Order? Find(string operatorUuid, string uuid) =>
        state.Orders.TryGetValue(uuid, out var order) && order.OperatorUuid == operatorUuid ? order : null;

    public Outcome<Order> Create(User user, OrderDraft draft, string? uuid = null)
    {
        var violations = new List<Violation>(draft.Changes.TypeViolations);
        Order? order = draft.Type switch
        {
            "activate" => BuildActivate(user, draft, violations, uuid),
            "terminate" => BuildTerminate(user, draft, violations, uuid),
            null => Missing(violations, "ORD-TYPE", "type"),
            _ => Invalid(violations, "ORD-TYPE", "type", $"\"{draft.Type}\" is not a valid choice; expected activate or terminate."),
        };
        if (order is null)
        {
            // The order could not be built: still report every problem of the fields that do not depend on it.
            if (draft.Changes.EndCustomer is { } customer)
            {
                EndCustomerRule.Check(customer, violations);
            }

            if (draft.Changes.OperatorInfo is { } info)
            {
                CheckOperatorInfo(info, null, user, violations);
            }

            return Refusal.Invalid(violations);
        }

        // A new order is invisible to everyone until stored: validate it outside the operator's lock,
        // and only check again, under the lock, what another write may have taken meanwhile.
        var changed = ApplyChanges(order, draft.Changes with { TypeViolations = [] }, user, violations);
        if (violations.Count > 0)
        {
            return Refusal.Invalid(violations);
        }

        var book = state.Book(user.OperatorUuid);
        lock (book.Gate)
        {
            if (changed.OperatorOrderRef is { } orderRef && book.OrderRefs.ContainsKey(orderRef))
            {
                return Refusal.Invalid("UPD-OPERATOR-REF-UNIQUE", "operator_info.order_ref", $"Another order already uses the reference \"{orderRef}\".");
            }

            Store(book, null, changed);
            return changed;
        }
    }

    public Outcome<Order> Modify(User user, string uuid, OrderChanges changes, bool submit)
    {
        var book = state.Book(user.OperatorUuid);
        lock (book.Gate)
        {
            var current = Find(user.OperatorUuid, uuid);
            if (current is null)
            {
                return Refusal.NotFound();
            }

            if (current.IsEnni)
            {
                return Refusal.Forbidden("ORD-ENNI-READONLY", "ENNI orders are created and managed by Covage; they are read-only.");
            }

            if (current.Status != OrderStatus.Draft)
            {
                return submit && changes.IsEmpty
                    ? Refusal.Conflict("SUB-DRAFT-ONLY", "status", $"the order is {current.Status.ToWire()}; only a draft can be submitted.")
                    : Refusal.Conflict("UPD-DRAFT-ONLY", "status", $"the order is {current.Status.ToWire()}; only a draft can be modified.");
            }

            var violations = new List<Violation>();
            var changed = ApplyChanges(current, changes, user, violations);
            if (violations.Count > 0)
            {
                return Refusal.Invalid(violations);
            }

            if (submit)
            {
                var submitted = Submit(changed, violations);
                if (submitted is null)
                {
                    return Refusal.Invalid(violations);
                }

                changed = submitted;
            }
            else if (!changes.IsEmpty)
            {
                changed = changed with { Dates = changed.Dates with { Modification = Clock.GetUtcNow() } };
            }

            Store(book, current, changed);
            if (submit)
            {
                Emit(changed, "order-submitted", new JsonObject { ["kosc_order_ref"] = changed.Reference });
                Submitted?.Invoke(changed);
            }

            return changed;
        }
    }

    /// <summary>Removes an order whatever its status (provider states only).</summary>
    public void Forget(string uuid)
    {
        if (state.Orders.TryRemove(uuid, out var order))
        {
            var book = state.Book(order.OperatorUuid);
            lock (book.Gate)
            {
                book.Remove(uuid);
            }
        }
    }

    public Outcome<Order> Delete(User user, string uuid)
    {
        var book = state.Book(user.OperatorUuid);
        lock (book.Gate)
        {
            var current = Find(user.OperatorUuid, uuid);
            if (current is null)
            {
                return Refusal.NotFound();
            }

            if (current.IsEnni)
            {
                return Refusal.Forbidden("ORD-ENNI-READONLY", "ENNI orders are created and managed by Covage; they are read-only.");
            }

            if (current.Status != OrderStatus.Draft)
            {
                return Refusal.Conflict("UPD-DELETE-DRAFT", "status", $"the order is {current.Status.ToWire()}; only a draft can be deleted.");
            }

            state.Orders.TryRemove(uuid, out _);
            book.Remove(uuid);
            return current;
        }
    }

    public Outcome<(Order Order, Bound Bound)> ModifyBound(User user, string uuid, string boundUuid, JsonNode? address)
    {
        var book = state.Book(user.OperatorUuid);
        lock (book.Gate)
        {
            var current = Find(user.OperatorUuid, uuid);
            if (current is null)
            {
                return Refusal.NotFound();
            }

            var index = IndexOf(current.Bounds, b => b.Uuid == boundUuid);
            if (index < 0)
            {
                return Refusal.NotFound();
            }

            if (current.IsEnni)
            {
                return Refusal.Forbidden("ORD-ENNI-READONLY", "ENNI orders are created and managed by Covage; they are read-only.");
            }

            if (current.Status != OrderStatus.Draft)
            {
                return Refusal.Conflict("UPD-DRAFT-ONLY", "status", $"the order is {current.Status.ToWire()}; only a draft's address can be modified.");
            }

            if (address is not JsonObject patch)
            {
                return Refusal.Invalid("UPD-BOUNDS-ADDRESS", "address", address is null ? "This field is required." : $"Expected an object, got {Json.Describe(address)}.");
            }

            string[] allowed = (current.Product.Technology, current.RequestType) switch
            {
                (Technology.Fiber, "create" or "activate_undefined") => ["stairs", "floor"],
                (Technology.Copper, "create_neighbour") => ["street_number"],
                _ => [],
            };
            var violations = new List<Violation>();
            foreach (var (key, value) in patch)
            {
                if (!allowed.Contains(key))
                {
                    violations.Add(new("UPD-BOUNDS-ADDRESS", $"address.{key}", allowed.Length == 0
                        ? $"The address of a {current.Product.Technology.ToString().ToLowerInvariant()} \"{current.RequestType}\" order is filled in by the platform and cannot be changed."
                        : $"Only {string.Join(" and ", allowed)} can be set for a \"{current.RequestType}\" order."));
                }
                else if (!Json.IsString(value))
                {
                    violations.Add(new("UPD-BOUNDS-ADDRESS", $"address.{key}", $"Expected a string, got {Json.Describe(value)}."));
                }
            }

            CharsetRule.Check(patch, $"bounds[{index}].address", violations);
            if (violations.Count > 0)
            {
                return Refusal.Invalid(violations);
            }

            var bound = current.Bounds[index] with { Address = Json.Merge(current.Bounds[index].Address, patch) };
            var changed = current with { Bounds = Replace(current.Bounds, index, bound), Dates = current.Dates with { Modification = Clock.GetUtcNow() } };
            Store(book, current, changed);
            return (changed, bound);
        }
    }

    public Outcome<(Order Order, Endpoint Endpoint)> ModifyEndpoint(User user, string uuid, string endpointUuid, JsonNode? reference)
    {
        var book = state.Book(user.OperatorUuid);
        lock (book.Gate)
        {
            var current = Find(user.OperatorUuid, uuid);
            if (current is null)
            {
                return Refusal.NotFound();
            }

            var boundIndex = IndexOf(current.Bounds, b => b.Endpoints.Any(e => e.Uuid == endpointUuid));
            if (boundIndex < 0)
            {
                return Refusal.NotFound();
            }

            if (current.IsEnni)
            {
                return Refusal.Forbidden("ORD-ENNI-READONLY", "ENNI orders are created and managed by Covage; they are read-only.");
            }

            if (current.Status != OrderStatus.Draft)
            {
                return Refusal.Conflict("UPD-DRAFT-ONLY", "status", $"the order is {current.Status.ToWire()}; only a draft's OTP can be modified.");
            }

            if (current.Product.Technology != Technology.Fiber || current.RequestType != "activate_defined")
            {
                return Refusal.Invalid("UPD-OTP-ONLY-ACTIVATE-DEFINED", "reference",
                    $"The OTP reference can be set only on a fiber order whose request_type is activate_defined (this order: {current.Product.Technology.ToString().ToLowerInvariant()}, {current.RequestType ?? current.Type.ToString().ToLowerInvariant()}).");
            }

            var text = Json.String(reference);
            if (text is null)
            {
                return Refusal.Invalid(OtpReferenceRule.RuleId, "reference", reference is null ? "This field is required." : $"Expected a string, got {Json.Describe(reference)}.");
            }

            if (!OtpReferenceRule.IsValid(text))
            {
                return Refusal.Invalid(OtpReferenceRule.RuleId, "reference", $"\"{text}\" is not an OTP reference: expected XX-XXXX-XXXX or XXX-XXXX-XXXX (e.g. FI-1234-4234, FIE-2523-4523).");
            }

            var bound = current.Bounds[boundIndex];
            var endpointIndex = IndexOf(bound.Endpoints, e => e.Uuid == endpointUuid);
            var endpoint = bound.Endpoints[endpointIndex] with { Reference = text };
            var address = bound.Address;
            var building = Json.String(address["building_code"]) is { } code ? state.Buildings.GetValueOrDefault(code) : null;
            if (building?.FindOtp(text) is { } otp)
            {
                // UPD-OTP-FILLS-ADDRESS: the building data decide stairs and floor.
                address = Json.Merge(address, new JsonObject { ["stairs"] = otp.Stairs, ["floor"] = otp.Floor });
            }

            var newBound = bound with { Address = address, Endpoints = Replace(bound.Endpoints, endpointIndex, endpoint) };
            var changed = current with { Bounds = Replace(current.Bounds, boundIndex, newBound), Dates = current.Dates with { Modification = Clock.GetUtcNow() } };
            Store(book, current, changed);
            return (changed, endpoint);
        }
    }

    public Outcome<ProviderEvent> PostInfo(User user, string uuid, string? message, bool? stopDeferred)
    {
        var book = state.Book(user.OperatorUuid);
        lock (book.Gate)
        {
            var current = Find(user.OperatorUuid, uuid);
            if (current is null)
            {
                return Refusal.NotFound();
            }

            if (!user.MayPostInfo)
            {
                return Refusal.Forbidden("AUTH-INFO-GROUPS", "Only users of the admin or delivery group may post info messages.");
            }

            if (current.Status == OrderStatus.Draft)
            {
                return Refusal.Conflict("EVT-INFO-POST", "status", "info messages are for submitted orders; this order is a draft.");
            }

            if (EventMatrix.RuleForbidding(current.Kind, "order-info") is { } rule)
            {
                return Refusal.Conflict(rule, "type", $"a {Describe(current.Kind)} order never receives order-info.");
            }

            if (string.IsNullOrWhiteSpace(message))
            {
                return Refusal.Invalid("EVT-INFO-POST", "message", "This field is required.");
            }

            var now = Clock.GetUtcNow();
            if (current.LastInfoAt is { } last && now - last < InfoWindow)
            {
                var wait = InfoWindow - (now - last);
                return new Refusal(RefusalKind.Throttled,
                    [new("THR-INFO-5MIN", "", $"One info message per order every 5 minutes: try again in {Math.Ceiling(wait.TotalSeconds)} seconds.")],
                    wait);
            }

            var data = new JsonObject { ["message"] = message };
            if (stopDeferred is { } stop)
            {
                data["stop_deferred"] = stop;
            }

            Store(book, current, current with { LastInfoAt = now });
            return Emit(current, "order-info", data);
        }
    }

    /// <summary>The control API's move of an order: Covage's side of the lifecycle.</summary>
    public Outcome<Order> Transition(string uuid, string to, string? extraEvent, JsonObject? data)
    {
        if (!state.Orders.TryGetValue(uuid, out var found))
        {
            return Refusal.NotFound();
        }

        if (!OrderStatusNames.TryParse(to, out var target))
        {
            return Refusal.Invalid("ORD-STATUS-SET", "to", $"\"{to}\" is not a status; expected one of {string.Join(", ", OrderStatusNames.All)}.");
        }

        var book = state.Book(found.OperatorUuid);
        lock (book.Gate)
        {
            var current = state.Orders[uuid];
            if (target == OrderStatus.Submitted)
            {
                return Refusal.Conflict("ORD-OPERATOR-STATUS", "to", "only the operator submits an order.");
            }

            if (!TransitionRule.IsAllowed(current.Status, target))
            {
                return Refusal.Conflict(TransitionRule.RuleId, "to", $"{current.Status.ToWire()} → {target.ToWire()} is not an allowed move.");
            }

            var statusEvent = StatusEvent(target);
            foreach (var type in new[] { statusEvent, extraEvent })
            {
                if (type is null)
                {
                    continue;
                }

                if (!EventMatrix.IsKnownOrderEvent(type))
                {
                    return Refusal.Invalid("EVT-TYPES", "event", $"\"{type}\" is not an order event type.");
                }

                if (EventMatrix.RuleForbidding(current.Kind, type) is { } rule)
                {
                    return Refusal.Conflict(rule, "event", $"a {Describe(current.Kind)} order never receives {type}.");
                }
            }

            if (target == OrderStatus.Running && current.Status == OrderStatus.Pending && current.PendingEvent is { } pendingEvent
                && PendingConfirmation(pendingEvent) is { } confirmation && EventMatrix.RuleForbidding(current.Kind, confirmation) is null)
            {
                extraEvent ??= confirmation;
            }

            return MoveTo(book, current, target, statusEvent, extraEvent, data);
        }
    }

    public Outcome<ProviderEvent> Inject(string uuid, string type, JsonObject? data, DateTimeOffset? eventDate)
    {
        if (!state.Orders.TryGetValue(uuid, out var order))
        {
            return Refusal.NotFound();
        }

        if (!EventMatrix.IsKnownOrderEvent(type))
        {
            return Refusal.Invalid("EVT-TYPES", "type", $"\"{type}\" is not an order event type.");
        }

        if (type is "order-submitted" or "order-acknowledged" or "order-running" or "order-rejected" or "order-cancelled" or "order-completed")
        {
            return Refusal.Conflict("EVT-STATUS-CONSISTENT", "type", $"{type} reports a status change; drive it with a transition.");
        }

        if (EventMatrix.RuleForbidding(order.Kind, type) is { } rule)
        {
            return Refusal.Conflict(rule, "type", $"a {Describe(order.Kind)} order never receives {type}.");
        }

        return Emit(order, type, EventData.For(type, order, data), eventDate);
    }

    public Service CreateService(string operatorUuid, Product product, string? uuid = null, string? reference = null)
    {
        var now = Clock.GetUtcNow();
        if (reference is not null)
        {
            // A fixed reference (Pact provider state) names one service only: the fresh one.
            foreach (var stale in state.Services.Values.Where(s => s.Ref == reference && s.Uuid != uuid).ToList())
            {
                state.Services.TryRemove(stale.Uuid, out _);
            }
        }

        var service = new Service(uuid ?? Ids.NewUuid(), reference ?? state.ServiceReferences.Next(now), operatorUuid, product, true,
            SeedShapes.ServiceCustomer(), new JsonObject { ["contact_uuid"] = state.Operators[operatorUuid].Contacts[0] },
            SeedShapes.ServiceBounds(product));
        state.Services[service.Uuid] = service;
        return service;
    }

    private Order MoveTo(OperatorBook book, Order current, OrderStatus target, string? statusEvent, string? extraEvent, JsonObject? data)
    {
        var now = Clock.GetUtcNow();
        var changed = current with
        {
            Status = target,
            Dates = current.Dates.Entering(target, now),
            PendingEvent = target == OrderStatus.Pending ? extraEvent : null,
        };
        Service? service = null;
        if (target == OrderStatus.Completed && current.Type == OrderType.Activate)
        {
            service = new Service(Ids.NewUuid(), state.ServiceReferences.Next(now), current.OperatorUuid, current.Product, true,
                current.EndCustomer, current.OperatorInfo, current.Bounds);
            state.Services[service.Uuid] = service;
            changed = changed with { ServiceUuid = service.Uuid, ServiceRef = service.Ref };
        }
        else if (target == OrderStatus.Completed && current.ServiceUuid is { } ended && state.Services.TryGetValue(ended, out var terminated))
        {
            service = terminated with { Active = false };
            state.Services[ended] = service;
        }

        Store(book, current, changed);
        if (extraEvent is not null && target != OrderStatus.Running)
        {
            Emit(changed, extraEvent, EventData.For(extraEvent, changed, data));
        }

        if (statusEvent is not null)
        {
            Emit(changed, statusEvent, EventData.For(statusEvent, changed, data));
        }

        if (extraEvent is not null && target == OrderStatus.Running)
        {
            Emit(changed, extraEvent, EventData.For(extraEvent, changed, data));
        }

        if (service is not null)
        {
            state.Events.Append(service.Active ? "service-activated" : "service-terminated", "service", service.Uuid, service.OperatorUuid, null);
        }

        return changed;
    }

    private Order? Submit(Order order, List<Violation> violations)
    {
        EndCustomerRule.RequireForSubmit(order.EndCustomer, violations);
        foreach (var field in new[] { "order_ref", "order_name" })
        {
            if (string.IsNullOrWhiteSpace(Json.String(order.OperatorInfo[field])))
            {
                violations.Add(new("SUB-REQUIRED-FIELDS", $"operator_info.{field}", "This field is required before the order is submitted."));
            }
        }

        if (string.IsNullOrWhiteSpace(Json.String(order.OperatorInfo["contact_uuid"])))
        {
            violations.Add(new("SUB-CONTACT-REQUIRED", "operator_info.contact_uuid", "Every order needs an operator contact before it is submitted."));
        }

        if (order.Product.Family.IsEnterprise && !state.Operators[order.OperatorUuid].HasEnni)
        {
            violations.Add(new("ORD-ENTERPRISE-NEEDS-ENNI", "enni", $"Family {order.Product.Family.Code} products need at least one ENNI; this operator has none."));
        }

        if (violations.Count > 0)
        {
            return null;
        }

        var now = Clock.GetUtcNow();
        return order with { Status = OrderStatus.Submitted, Dates = order.Dates.Entering(OrderStatus.Submitted, now) };
    }

    private Order ApplyChanges(Order order, OrderChanges changes, User user, List<Violation> violations)
    {
        var result = order;
        violations.AddRange(changes.TypeViolations);
        if (changes.RequestType is { } requestType)
        {
            var allowed = ProductCatalogue.RequestTypesFor(order.Product.Technology);
            if (order.Type != OrderType.Activate || !allowed.Contains(requestType))
            {
                violations.Add(new(RequestTypeRuleId(order.Product.Technology), "request_type",
                    $"\"{requestType}\" is not a request type of {order.Product.Technology.ToString().ToLowerInvariant()} orders; expected one of {string.Join(", ", allowed)}."));
            }
            else
            {
                result = result with { RequestType = requestType };
            }
        }

        if (changes.EndCustomer is { } customerPatch)
        {
            var merged = Json.Merge(order.EndCustomer, customerPatch);
            EndCustomerRule.Check(merged, violations);
            result = result with { EndCustomer = merged };
        }

        if (changes.OperatorInfo is { } infoPatch)
        {
            var merged = Json.Merge(order.OperatorInfo, infoPatch);
            CheckOperatorInfo(merged, order.OperatorOrderRef, user, violations);
            result = result with { OperatorInfo = merged };
        }

        if (changes.Options is { } optionsPatch)
        {
            var merged = Json.Merge(order.Options, optionsPatch);
            result = result with { Options = OptionsRule.Normalize(merged, order.Product, result.RequestType, violations) };
        }
        else if (changes.RequestType is not null && order.Options.Count > 0)
        {
            result = result with { Options = OptionsRule.Normalize(order.Options, order.Product, result.RequestType, violations) };
        }

        if (changes.HasComment)
        {
            result = result with { Comment = changes.Comment };
        }

        if (changes.AllowSecondRdv is { } allow)
        {
            if (order.Product.Code != "FP05")
            {
                violations.Add(new("CRT-FP05-SECOND-RDV", "allow_second_rdv", "allow_second_rdv is only for product FP05."));
            }
            else if (result.RequestType is not ("activate_defined" or "activate_undefined"))
            {
                violations.Add(new("CRT-FP05-SECOND-RDV", "allow_second_rdv", "allow_second_rdv needs request_type activate_defined or activate_undefined."));
            }

            result = result with { AllowSecondRdv = allow };
        }

        if (changes.AddressSecondRdv is { } second)
        {
            if (order.Product.Code != "FP05")
            {
                violations.Add(new("CRT-FP05-SECOND-RDV", "address_second_rdv", "address_second_rdv is only for product FP05."));
            }

            result = result with { AddressSecondRdv = (JsonObject)second.DeepClone() };
        }

        if (changes.Extras is { } extrasPatch)
        {
            result = result with { Extras = Json.Merge(order.Extras ?? [], extrasPatch) };
        }

        return result;
    }

    private void CheckOperatorInfo(JsonObject info, string? currentRef, User user, List<Violation> violations)
    {
        foreach (var field in new[] { "order_ref", "order_name", "contact_uuid" })
        {
            if (info.ContainsKey(field) && info[field] is not null && !Json.IsString(info[field]))
            {
                violations.Add(new("SUB-REQUIRED-FIELDS", $"operator_info.{field}", $"Expected a string, got {Json.Describe(info[field])}."));
            }
        }

        if (Json.String(info["order_ref"]) is { } orderRef && orderRef != currentRef
            && state.Book(user.OperatorUuid).OrderRefs.ContainsKey(orderRef))
        {
            violations.Add(new("UPD-OPERATOR-REF-UNIQUE", "operator_info.order_ref", $"Another order already uses the reference \"{orderRef}\"."));
        }

        if (Json.String(info["contact_uuid"]) is { } contact && !state.Operators[user.OperatorUuid].Contacts.Contains(contact))
        {
            violations.Add(new("SUB-CONTACT-REQUIRED", "operator_info.contact_uuid", $"\"{contact}\" is not one of your contacts."));
        }
    }

    private Order? BuildActivate(User user, OrderDraft draft, List<Violation> violations, string? uuid)
    {
        if (draft.EligibilityRef is null)
        {
            Missing(violations, "CRT-ACTIVATE-NEEDS-ELIGIBILITY", "eligibility_ref");
        }

        if (draft.ProductCode is null)
        {
            Missing(violations, "CRT-ACTIVATE-NEEDS-ELIGIBILITY", "product.code");
        }

        if (draft.Changes.RequestType is null)
        {
            Missing(violations, "CRT-ACTIVATE-NEEDS-ELIGIBILITY", "request_type");
        }

        if (violations.Count > 0)
        {
            return null;
        }

        var product = state.Catalogue.Find(draft.ProductCode!);
        if (product is null)
        {
            return Invalid(violations, "ORD-PRODUCT-EXPANSION", "product.code", $"Unknown product \"{draft.ProductCode}\".");
        }

        if (product.Technology == Technology.Enni)
        {
            return Invalid(violations, "ORD-ENNI-READONLY", "product.code", "ENNI orders are created by Covage; they cannot be ordered through the API.");
        }

        if (!state.Eligibilities.TryGetValue(draft.EligibilityRef!, out var eligibility) || eligibility.OperatorUuid != user.OperatorUuid)
        {
            return Invalid(violations, "CRT-ACTIVATE-NEEDS-ELIGIBILITY", "eligibility_ref", $"Unknown eligibility \"{draft.EligibilityRef}\".");
        }

        if (eligibility.Technology != product.Technology)
        {
            return Invalid(violations, "CRT-ACTIVATE-NEEDS-ELIGIBILITY", "product.code",
                $"Product {product.Code} is {product.Technology.ToString().ToLowerInvariant()}; the eligibility is {eligibility.Technology.ToString().ToLowerInvariant()}.");
        }

        var requestTypes = ProductCatalogue.RequestTypesFor(product.Technology);
        if (!requestTypes.Contains(draft.Changes.RequestType!))
        {
            return Invalid(violations, RequestTypeRuleId(product.Technology), "request_type",
                $"\"{draft.Changes.RequestType}\" is not a request type of {product.Technology.ToString().ToLowerInvariant()} orders; expected one of {string.Join(", ", requestTypes)}.");
        }

        var now = Clock.GetUtcNow();
        return new Order(uuid ?? Ids.NewUuid(), state.OrderReferences.Next(now), user.OperatorUuid, OrderType.Activate, product,
            draft.Changes.RequestType, eligibility.Ref, OrderStatus.Draft, new OrderDates(now, now, now), [], [],
            [], CopyBounds(eligibility.BoundsTemplate));
    }

    private Order? BuildTerminate(User user, OrderDraft draft, List<Violation> violations, string? uuid)
    {
        if (draft.ServiceUuid is null && draft.ServiceRef is null)
        {
            return Invalid(violations, "CRT-TERMINATE-REF", "service_ref", "A terminate order needs service_ref or service_uuid.");
        }

        var service = state.FindService(user.OperatorUuid, draft.ServiceUuid, draft.ServiceRef);
        var field = draft.ServiceUuid is not null ? "service_uuid" : "service_ref";
        if (service is null)
        {
            return Invalid(violations, "CRT-TERMINATE-REF", field, "No service of yours has this reference.");
        }

        if (service.Product.Technology == Technology.Enni)
        {
            return Invalid(violations, "ORD-ENNI-NO-TERMINATE", field, "An ENNI service cannot be terminated through the API.");
        }

        if (!service.Product.Family.IsTerminable)
        {
            return Invalid(violations, "CRT-TERMINATE-FAMILIES", field, $"Terminate orders are available for families A, S, M and F; this service is family {service.Product.Family.Code}.");
        }

        if (!service.Active)
        {
            return Invalid(violations, "CRT-TERMINATE-REF", field, "This service is already terminated.");
        }

        var now = Clock.GetUtcNow();
        return new Order(uuid ?? Ids.NewUuid(), state.OrderReferences.Next(now), user.OperatorUuid, OrderType.Terminate, service.Product,
            null, null, OrderStatus.Draft, new OrderDates(now, now, now), service.EndCustomer, service.OperatorInfo,
            [], CopyBounds(service.Bounds), ServiceUuid: service.Uuid, ServiceRef: service.Ref);
    }

    private static IReadOnlyList<Bound> CopyBounds(IReadOnlyList<Bound> template) =>
        [.. template.Select(b => b with { Uuid = Ids.NewUuid(), Endpoints = [.. b.Endpoints.Select(e => e with { Uuid = Ids.NewUuid() })] })];

    private void Store(OperatorBook book, Order? previous, Order next)
    {
        state.Orders[next.Uuid] = next;
        if (previous is null)
        {
            book.Add(next);
        }
        else
        {
            book.Replace(previous, next);
        }
    }

    private ProviderEvent Emit(Order order, string type, JsonNode? data, DateTimeOffset? eventDate = null) =>
        state.Events.Append(type, "order", order.Uuid, order.OperatorUuid, data, eventDate);

    private static string? StatusEvent(OrderStatus status) => status switch
    {
        OrderStatus.Submitted => "order-submitted",
        OrderStatus.Acknowledged => "order-acknowledged",
        OrderStatus.Running => "order-running",
        OrderStatus.Rejected => "order-rejected",
        OrderStatus.Cancelled => "order-cancelled",
        OrderStatus.Completed => "order-completed",
        _ => null,
    };

    private static string? PendingConfirmation(string pendingEvent) => pendingEvent switch
    {
        "order-sensibleaccess" => "order-sensibleaccess-orderconfirmed",
        "order-delayed" => "order-delayed-orderconfirmed",
        _ => null,
    };

    private static string RequestTypeRuleId(Technology technology) =>
        technology == Technology.Fiber ? "CRT-REQUEST-TYPE-FIBER" : "CRT-REQUEST-TYPE-COPPER";

    internal static string Describe(OrderKind kind) => kind switch
    {
        OrderKind.CopperActivate => "copper activate",
        OrderKind.CopperLineBuilding => "copper line-building",
        OrderKind.Terminate => "terminate",
        OrderKind.FiberTerminate => "fiber terminate",
        _ => "Fiber Pro",
    };

    private static Order? Missing(List<Violation> violations, string ruleId, string field)
    {
        violations.Add(new(ruleId, field, "This field is required."));
        return null;
    }

    private static Order? Invalid(List<Violation> violations, string ruleId, string field, string message)
    {
        violations.Add(new(ruleId, field, message));
        return null;
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, bool> match)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static T[] Replace<T>(IReadOnlyList<T> items, int index, T item)
    {
        var copy = items.ToArray();
        copy[index] = item;
        return copy;
    }
}
