using System.Text.Json.Nodes;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// END-CUSTOMER-TYPE: the end customer's type is one of three, and its fields are strings. What each
/// type needs is checked at submit (<see cref="SubRequiredFields"/>); the SIRET's shape by
/// <see cref="SiretFormat"/>; the characters by <see cref="ChrAllowedSet"/>.
/// </summary>
internal static class EndCustomerType
{
    public const string Id = "END-CUSTOMER-TYPE";

    public static readonly IReadOnlyList<string> Types = ["registered", "unregistered", "individual"];

    private static readonly string[] TextFields = ["type", "name", "first_name", "last_name", "siret"];
    private static readonly string[] ContactFields = ["first_name", "last_name", "email", "phone_number", "cell_phone_number"];
    private static readonly string[] Fields = [.. TextFields, "contact"];

    /// <summary>Every check an end customer gets whenever it is written.</summary>
    public static void CheckAll(JsonObject customer, List<Violation> violations)
    {
        Check(customer, violations);
        SiretFormat.Check(customer, violations);
        ChrAllowedSet.Check(customer, "end_customer", violations);
        TxtMaxLength.CheckUnknownKeys(customer, "end_customer", Fields, violations);
        if (customer["contact"] is JsonObject contact)
        {
            TxtMaxLength.CheckUnknownKeys(contact, "end_customer.contact", ContactFields, violations);
        }
    }

    public static void Check(JsonObject customer, List<Violation> violations)
    {
        foreach (var field in TextFields)
        {
            if (customer.ContainsKey(field) && !Json.IsString(customer[field]))
            {
                violations.Add(new(Id, $"end_customer.{field}", $"Expected a string, got {Json.Describe(customer[field])}."));
            }
        }

        if (Json.String(customer["type"]) is { } type && !Types.Contains(type))
        {
            violations.Add(new(Id, "end_customer.type", $"\"{type}\" is not a valid choice; expected one of registered, unregistered, individual."));
        }

        if (!customer.ContainsKey("contact"))
        {
            return;
        }

        if (customer["contact"] is not JsonObject contact)
        {
            violations.Add(new(Id, "end_customer.contact", $"Expected an object, got {Json.Describe(customer["contact"])}."));
            return;
        }

        foreach (var field in ContactFields)
        {
            if (contact.ContainsKey(field) && !Json.IsString(contact[field]))
            {
                violations.Add(new(Id, $"end_customer.contact.{field}", $"Expected a string, got {Json.Describe(contact[field])}."));
            }
        }
    }
}
