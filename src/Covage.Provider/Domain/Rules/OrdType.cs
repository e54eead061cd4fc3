using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>ORD-TYPE: an order's type is activate or terminate.</summary>
internal static class OrdType
{
    public const string Id = "ORD-TYPE";

    public static Violation Missing() => new(Id, "type", "This field is required.");

    public static Violation Invalid(string type) => new(Id, "type", $"\"{type}\" is not a valid choice; expected activate or terminate.");
}
