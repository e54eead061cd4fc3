using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>EVT-TYPES: an order event is one of the types the Events page names.</summary>
internal static class EvtTypes
{
    public const string Id = "EVT-TYPES";

    public static Refusal? Check(string type, string field) => EvtMatrix.IsKnownOrderEvent(type)
        ? null
        : Refusal.Invalid(Id, field, $"\"{type}\" is not an order event type.");
}
