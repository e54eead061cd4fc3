using System.Text.Json.Nodes;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// SUB-REQUIRED-FIELDS: submit checks every field marked S at once: the end customer with what its
/// type needs and its contact's names and e-mail, and the operator's order reference and name (the
/// operator contact is <see cref="SubContactRequired"/>).
/// </summary>
internal static class SubRequiredFields
{
    public const string Id = "SUB-REQUIRED-FIELDS";

    private const string Required = "This field is required before the order is submitted.";

    /// <summary>The operator-information fields the API names (every other key is kept as sent).</summary>
    public static readonly IReadOnlyList<string> OperatorInfoFields = ["order_ref", "order_name", "contact_uuid"];

    public static void Check(Order order, List<Violation> violations)
    {
        var customer = order.EndCustomer;
        void Require(JsonNode? node, string field)
        {
            if (string.IsNullOrWhiteSpace(Json.String(node)))
            {
                violations.Add(new(Id, field, Required));
            }
        }

        Require(customer["type"], "end_customer.type");
        switch (Json.String(customer["type"]))
        {
            case "registered":
                Require(customer["name"], "end_customer.name");
                Require(customer["siret"], "end_customer.siret");
                break;
            case "unregistered":
                Require(customer["name"], "end_customer.name");
                break;
            case "individual":
                Require(customer["first_name"], "end_customer.first_name");
                Require(customer["last_name"], "end_customer.last_name");
                break;
            default:
                break;
        }

        var contact = customer["contact"] as JsonObject;
        Require(contact?["first_name"], "end_customer.contact.first_name");
        Require(contact?["last_name"], "end_customer.contact.last_name");
        Require(contact?["email"], "end_customer.contact.email");
        var info = order.OperatorInfo;
        Require(info["order_ref"], "operator_info.order_ref");
        Require(info["order_name"], "operator_info.order_name");
    }

    /// <summary>The operator-info fields written with another JSON type than a string.</summary>
    public static void CheckTypes(JsonObject info, List<Violation> violations)
    {
        foreach (var field in OperatorInfoFields)
        {
            if (info.ContainsKey(field) && info[field] is not null && !Json.IsString(info[field]))
            {
                violations.Add(new(Id, $"operator_info.{field}", $"Expected a string, got {Json.Describe(info[field])}."));
            }
        }
    }
}
