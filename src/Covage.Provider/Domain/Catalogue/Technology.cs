namespace Covage.Provider.Domain.Catalogue;

/// <summary>What a product family is built on; decides request types, options and event sets.</summary>
internal enum Technology
{
    Copper,
    Fiber,
    Enni,
}
