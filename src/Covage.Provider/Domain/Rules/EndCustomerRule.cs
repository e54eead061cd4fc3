using System.Text.Json.Nodes;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>END-CUSTOMER-TYPE, SIRET-FORMAT and the types of the end-customer fields.</summary>
internal static class EndCustomerRule
{
    public static readonly IReadOnlyList<string> Types = ["registered", "unregistered", "individual"];

    private static readonly string[] TextFields = ["type", "name", "first_name", "last_name", "siret"];
    private static readonly string[] ContactFields = ["first_name", "last_name", "email", "phone_number", "cell_phone_number"];

    public static void Check(JsonObject customer, List<Violation> violations)
    {
        foreach (var field in TextFields)
        {
            if (customer.ContainsKey(field) && !Json.IsString(customer[field]))
            {
                violations.Add(new("END-CUSTOMER-TYPE", $"end_customer.{field}", $"Expected a string, got {Json.Describe(customer[field])}."));
            }
        }

        if (Json.String(customer["type"]) is { } type && !Types.Contains(type))
        {
            violations.Add(new("END-CUSTOMER-TYPE", "end_customer.type", $"\"{type}\" is not a valid choice; expected one of registered, unregistered, individual."));
        }

        if (Json.String(customer["siret"]) is { } siret && (siret.Length != 14 || !siret.All(char.IsAsciiDigit)))
        {
            violations.Add(new("SIRET-FORMAT", "end_customer.siret", "A SIRET number is exactly 14 digits."));
        }

        if (customer.ContainsKey("contact"))
        {
            if (customer["contact"] is not JsonObject contact)
            {
                violations.Add(new("END-CUSTOMER-TYPE", "end_customer.contact", $"Expected an object, got {Json.Describe(customer["contact"])}."));
            }
            else
            {
                foreach (var field in ContactFields)
                {
                    if (contact.ContainsKey(field) && !Json.IsString(contact[field]))
                    {
                        violations.Add(new("END-CUSTOMER-TYPE", $"end_customer.contact.{field}", $"Expected a string, got {Json.Describe(contact[field])}."));
                    }
                }
            }
        }

        CharsetRule.Check(customer, "end_customer", violations);
    }

    /// <summary>SUB-REQUIRED-FIELDS for the end customer: its type and the fields that type needs.</summary>
    public static void RequireForSubmit(JsonObject customer, List<Violation> violations)
    {
        void Require(JsonNode? node, string field)
        {
            if (string.IsNullOrWhiteSpace(Json.String(node)))
            {
                violations.Add(new("SUB-REQUIRED-FIELDS", field, "This field is required before the order is submitted."));
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
    }
}
