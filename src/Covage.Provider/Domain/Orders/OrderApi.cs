namespace Covage.Provider.Domain.Orders;

/// <summary>Which version of the orders API an operation came through, for the rules only one version documents.</summary>
internal enum OrderApi
{
    V2,
    V1,
}
