namespace Covage.Provider.Domain.Catalogue;

internal sealed record ProductLine(string Uuid, string Code, string Name, string Description, ProductFamily Family);
