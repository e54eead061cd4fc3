using System.Text.Json.Nodes;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Http.V2;

/// <summary>Reads v2 create and PATCH bodies into the domain's requests, collecting wrong JSON types.</summary>
internal static class OrderRequestV2
{
    public static OrderDraft Draft(JsonObject body)
    {
        var violations = new List<Violation>();
        var product = body["product"];
        string? productCode = null;
        if (product is JsonObject productObject)
        {
            productCode = Text(productObject, "code", "product.code", OrdProductExpansion.Id, violations);
        }
        else if (product is not null)
        {
            violations.Add(new(OrdProductExpansion.Id, "product", $"Expected an object, got {Json.Describe(product)}."));
        }

        return new OrderDraft(
            Text(body, "type", "type", OrdType.Id, violations),
            Text(body, "eligibility_ref", "eligibility_ref", CrtActivateNeedsEligibility.Id, violations),
            productCode,
            Text(body, "service_uuid", "service_uuid", CrtTerminateRef.Id, violations),
            Text(body, "service_ref", "service_ref", CrtTerminateRef.Id, violations),
            Changes(body, violations));
    }

    public static OrderChanges Changes(JsonObject body, List<Violation>? violations = null)
    {
        violations ??= [];
        var hasComment = body.ContainsKey("comment");
        string? comment = null;
        if (hasComment && body["comment"] is not null)
        {
            comment = Text(body, "comment", "comment", "UPD-V2-PATCH-MERGE", violations);
        }

        bool? allow = null;
        if (body.ContainsKey("allow_second_rdv"))
        {
            if (Json.IsBool(body["allow_second_rdv"]))
            {
                allow = body["allow_second_rdv"]!.GetValue<bool>();
            }
            else
            {
                violations.Add(new(CrtFp05SecondRdv.Id, "allow_second_rdv", $"Expected a boolean, got {Json.Describe(body["allow_second_rdv"])}."));
            }
        }

        return new OrderChanges
        {
            EndCustomer = Object(body, "end_customer", EndCustomerType.Id, violations),
            OperatorInfo = Object(body, "operator_info", SubRequiredFields.Id, violations),
            Options = Object(body, "options", CrtOptionShapes.Id, violations),
            RequestType = Text(body, "request_type", "request_type", CrtRequestType.CopperId, violations),
            HasComment = hasComment,
            Comment = comment,
            AllowSecondRdv = allow,
            AddressSecondRdv = Object(body, "address_second_rdv", CrtFp05SecondRdv.Id, violations),
            Status = body.ContainsKey("status") ? Json.String(body["status"]) ?? Json.Describe(body["status"]) : null,
            TypeViolations = violations,
        };
    }

    private static string? Text(JsonObject body, string name, string field, string ruleId, List<Violation> violations)
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

        violations.Add(new(ruleId, field, $"Expected a string, got {Json.Describe(node)}."));
        return null;
    }

    private static JsonObject? Object(JsonObject body, string name, string ruleId, List<Violation> violations)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonObject obj)
        {
            // Taken out of the body, which is read once: the domain may then keep it without a copy.
            body.Remove(name);
            return obj;
        }

        violations.Add(new(ruleId, name, $"Expected an object, got {Json.Describe(node)}."));
        return null;
    }
}
