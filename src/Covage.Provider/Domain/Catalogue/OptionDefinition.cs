namespace Covage.Provider.Domain.Catalogue;

/// <summary>
/// One option of the catalogue: the families that allow it and, for fiber, the request types
/// (CRT-OPTIONS-BY-FAMILY). <see cref="RequestTypes"/> null means every request type.
/// </summary>
internal sealed record OptionDefinition(
    string Code,
    OptionKind Kind,
    string Families,
    IReadOnlyList<string>? RequestTypes = null,
    IReadOnlyList<string>? Values = null,
    string? DefaultValue = null)
{
    public bool AllowsFamily(string familyCode) => Families.Contains(familyCode, StringComparison.Ordinal);
}
