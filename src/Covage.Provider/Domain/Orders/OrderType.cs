namespace Covage.Provider.Domain.Orders;

internal enum OrderType
{
    Activate,
    Terminate,
}
