namespace Covage.Provider.Domain.Events;

internal sealed record EventQuery(
    string OperatorUuid,
    EventSort Sort,
    bool Descending,
    EventCursor? After,
    string? ObjectType,
    string? ObjectUuid,
    int Limit);
