namespace Covage.Provider.Domain.Catalogue;

internal enum OptionKind
{
    Boolean,
    Value,
    Portability,
}
