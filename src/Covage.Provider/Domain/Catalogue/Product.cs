namespace Covage.Provider.Domain.Catalogue;

internal sealed record Product(string Uuid, string Code, string Name, string Description, ProductLine Line)
{
    public ProductFamily Family => Line.Family;

    public Technology Technology => Line.Family.Technology;
}
