using System.Text.Json.Nodes;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Http.V1;

/// <summary>
/// Reads v1 create and PUT bodies into the domain's requests (see <see cref="OrderFieldMapV1"/> for the
/// field mapping), collecting wrong JSON types and v1-only rule breaches.
/// </summary>
/// <remarks>
/// Two spellings of the v1 page's own example are accepted on purpose, so the example works as written,
/// and stored in the kit's spelling (the answer shows the corrected spelling):
/// <list type="bullet">
/// <item>option key <c>grt</c> is read as <c>gtr</c> (guaranteed restoration time, CRT-OPTIONS-BY-FAMILY);
/// sending both is refused (400).</item>
/// <item>owner type <c>unregistrated</c> is read as <c>unregistered</c> (END-CUSTOMER-TYPE).</item>
/// </list>
/// Both are data in <see cref="OptionAliases"/> and <see cref="OwnerTypeAliases"/>, easy to drop.
/// </remarks>
internal static class OrderRequestV1
{

    /// <summary>The v1 page's misspellings of option codes → the catalogue's codes.</summary>
    public static readonly IReadOnlyDictionary<string, string> OptionAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["grt"] = "gtr",
    };

    /// <summary>The v1 page's misspellings of owner types → END-CUSTOMER-TYPE values.</summary>
    public static readonly IReadOnlyDictionary<string, string> OwnerTypeAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["unregistrated"] = "unregistered",
    };

    /// <summary>A v1 create: the identifying fields, the whitelisted ones, and the v1-only extras.</summary>
    public static OrderDraft Draft(JsonObject body)
    {
        var document = Document(body);
        var violations = document.Violations;
        var type = Text(body, "type", OrdType.Id, violations);
        var activationType = Text(body, "activation_type", CrtRequestType.CopperId, violations);
        string? productCode = null;
        switch (body["product"])
        {
            case null:
                break;
            case JsonObject product:
                productCode = Text(product, "code", OrdProductExpansion.Id, violations, "product.code");
                break;
            case var other:
                violations.Add(new(OrdProductExpansion.Id, "product", $"Expected an object, got {Json.Describe(other)}."));
                break;
        }

        if (type == "activate")
        {
            CrtEndpointsV1.Check(body, activationType, violations);
        }

        CheckAddress(body, violations);
        var activationInfo = ObjectField(body, "activation_info", "CRT-RESPONSE", violations);
        if (activationInfo is not null && activationInfo.ContainsKey("mandate_id") && activationInfo["mandate_id"] is not null
            && !Json.IsString(activationInfo["mandate_id"]))
        {
            violations.Add(new("CRT-RESPONSE", "activation_info.mandate_id", $"Expected a string, got {Json.Describe(activationInfo["mandate_id"])}."));
        }

        var operatorInfo = new JsonObject();
        AddIfSet(operatorInfo, "order_ref", document.OrderRef);
        AddIfSet(operatorInfo, "order_name", document.OrderName);
        AddIfSet(operatorInfo, "contact_uuid", document.ContactUuid);
        var extras = new JsonObject();
        if (document.Enni is not null)
        {
            extras[OrderFieldMapV1.Enni] = document.Enni.DeepClone();
        }

        AddIfSet(extras, OrderFieldMapV1.BatchAlias, document.BatchAlias);
        if (activationInfo is not null)
        {
            extras[OrderFieldMapV1.ActivationInfo] = activationInfo.DeepClone();
        }

        var changes = new OrderChanges
        {
            EndCustomer = document.Owner is null && document.OwnerContact is null
                ? null
                : OrderFieldMapV1.EndCustomer(document.Owner, document.OwnerContact),
            OperatorInfo = operatorInfo.Count == 0 ? null : operatorInfo,
            Options = document.Options,
            RequestType = activationType,
            HasComment = document.Comment is not null,
            Comment = document.Comment,
            Extras = extras.Count == 0 ? null : extras,
            TypeViolations = violations,
        };
        return new OrderDraft(
            type,
            Text(body, "eligibility_ref", CrtActivateNeedsEligibility.Id, violations),
            productCode,
            Text(body, "service_uuid", CrtTerminateRef.Id, violations),
            Text(body, "service_alias", CrtTerminateRef.Id, violations),
            changes);
    }

    /// <summary>
    /// A v1 PUT: UPD-V1-WHITELIST (only the whitelisted fields are read; everything else is ignored) and
    /// UPD-V1-WHOLE-DOCUMENT (a whitelisted field left out, or null, is deleted from the order).
    /// </summary>
    public static OrderChanges Replacement(Order current, JsonObject body)
    {
        var document = Document(body);
        var desiredCustomer = OrderFieldMapV1.EndCustomer(document.Owner, document.OwnerContact);
        return new OrderChanges
        {
            EndCustomer = OrderFieldMapV1.ReplacementPatch(current.EndCustomer, desiredCustomer),
            OperatorInfo = new JsonObject
            {
                ["order_ref"] = document.OrderRef,
                ["order_name"] = document.OrderName,
                ["contact_uuid"] = document.ContactUuid,
            },
            Options = OrderFieldMapV1.ReplacementPatch(current.Options, document.Options ?? []),
            HasComment = true,
            Comment = document.Comment,
            Extras = new JsonObject
            {
                [OrderFieldMapV1.Enni] = document.Enni?.DeepClone(),
                [OrderFieldMapV1.BatchAlias] = document.BatchAlias,
            },
            TypeViolations = document.Violations,
        };
    }

    /// <summary>The whitelisted fields of a v1 body (UPD-V1-WHITELIST), shared by create and PUT.</summary>
    public static OrderDocumentV1 Document(JsonObject body)
    {
        var violations = new List<Violation>();
        var owner = ObjectField(body, "owner", EndCustomerType.Id, violations);
        if (owner is not null && Json.String(owner["type"]) is { } ownerType && OwnerTypeAliases.TryGetValue(ownerType, out var fixedType))
        {
            owner = (JsonObject)owner.DeepClone();
            owner["type"] = fixedType;
        }

        var contacts = ObjectField(body, "contacts", SubContactRequired.Id, violations);
        JsonObject? ownerContact = null;
        string? contactUuid = null;
        if (contacts is not null)
        {
            ownerContact = ObjectField(contacts, "owner", EndCustomerType.Id, violations, "contacts.owner");
            var operatorContact = ObjectField(contacts, "operator", SubContactRequired.Id, violations, "contacts.operator");
            if (operatorContact is not null)
            {
                contactUuid = Text(operatorContact, "contact_uuid", SubContactRequired.Id, violations, "contacts.operator.contact_uuid");
            }
        }

        var options = ObjectField(body, "options", CrtOptionShapes.Id, violations);
        if (options is not null)
        {
            options = FixOptionCodes(options, violations);
        }

        var batchAlias = OrdBatchAlias.Check(Text(body, "batch_alias", OrdBatchAlias.Id, violations), violations);

        return new OrderDocumentV1(
            owner,
            ownerContact,
            contactUuid,
            options,
            Text(body, "operator_order_ref", SubRequiredFields.Id, violations),
            Text(body, "operator_order_name", SubRequiredFields.Id, violations),
            Text(body, "comment", "UPD-V1-WHITELIST", violations),
            ObjectField(body, "enni", CrtOptionsByFamily.Id, violations),
            batchAlias,
            violations);
    }

    private static JsonObject FixOptionCodes(JsonObject options, List<Violation> violations)
    {
        var result = new JsonObject();
        foreach (var (code, value) in options)
        {
            if (OptionAliases.TryGetValue(code, out var fixedCode))
            {
                if (options.ContainsKey(fixedCode))
                {
                    violations.Add(new(CrtOptionsByFamily.Id, $"options.{code}", $"\"{code}\" is read as \"{fixedCode}\", which is also given: send only \"{fixedCode}\"."));
                    continue;
                }

                result[fixedCode] = value?.DeepClone();
            }
            else
            {
                result[code] = value?.DeepClone();
            }
        }

        return result;
    }

    // The eligibility decides the order's address (v1: "pre-filled with informations of the
    // reference_endpoint"); a create only checks the address it is sent is well formed.
    private static void CheckAddress(JsonObject body, List<Violation> violations)
    {
        var address = ObjectField(body, "address", ChrAllowedSet.Id, violations);
        foreach (var (key, value) in address ?? [])
        {
            if (value is not null && !Json.IsString(value))
            {
                violations.Add(new(ChrAllowedSet.Id, $"address.{key}", $"Expected a string, got {Json.Describe(value)}."));
            }
        }
    }

    private static void AddIfSet(JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }

    private static string? Text(JsonObject body, string name, string ruleId, List<Violation> violations, string? field = null)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }

        if (Json.String(node) is { } text)
        {
            return text;
        }

        violations.Add(new(ruleId, field ?? name, $"Expected a string, got {Json.Describe(node)}."));
        return null;
    }

    private static JsonObject? ObjectField(JsonObject body, string name, string ruleId, List<Violation> violations, string? field = null)
    {
        var node = body[name];
        if (node is null or JsonObject)
        {
            return (JsonObject?)node;
        }

        violations.Add(new(ruleId, field ?? name, $"Expected an object, got {Json.Describe(node)}."));
        return null;
    }
}
