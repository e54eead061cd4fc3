using System.Text.Json.Nodes;
using Covage.Provider.Domain.Accounts;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>SUB-CONTACT-REQUIRED: every order names one of the operator's contacts, at the latest when it is submitted.</summary>
internal static class SubContactRequired
{
    public const string Id = "SUB-CONTACT-REQUIRED";

    private const string Field = "operator_info.contact_uuid";

    /// <summary>When the contact is written: it must be one of the operator's.</summary>
    public static void CheckKnown(JsonObject info, Operator owner, List<Violation> violations)
    {
        if (Json.String(info["contact_uuid"]) is { } contact && !owner.Contacts.Contains(contact))
        {
            violations.Add(new(Id, Field, $"\"{contact}\" is not one of your contacts."));
        }
    }

    /// <summary>At submit: there must be one.</summary>
    public static void CheckPresent(Order order, List<Violation> violations)
    {
        if (string.IsNullOrWhiteSpace(Json.String(order.OperatorInfo["contact_uuid"])))
        {
            violations.Add(new(Id, Field, "Every order needs an operator contact before it is submitted."));
        }
    }
}
