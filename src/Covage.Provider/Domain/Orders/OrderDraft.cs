namespace Covage.Provider.Domain.Orders;

/// <summary>A create request: what identifies the new order, plus the changes it starts with.</summary>
internal sealed record OrderDraft(
    string? Type,
    string? EligibilityRef,
    string? ProductCode,
    string? ServiceUuid,
    string? ServiceRef,
    OrderChanges Changes);
