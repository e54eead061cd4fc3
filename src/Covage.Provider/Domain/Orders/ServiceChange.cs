namespace Covage.Provider.Domain.Orders;

/// <summary>
/// A service an order's change starts or ends. <see cref="Before"/> is the service as the change saw it
/// (null for a new one): the store swaps in <see cref="After"/> only if the service is still that, so two
/// terminate orders racing for one service never both end it.
/// </summary>
internal sealed record ServiceChange(Service? Before, Service After);
