namespace Covage.Provider.Domain.Catalogue;

internal sealed record ProductFamily(string Uuid, string Code, string Name, string Description, Technology Technology)
{
    /// <summary>Enterprise families need an ENNI before an order can be submitted (ORD-ENTERPRISE-NEEDS-ENNI).</summary>
    public bool IsEnterprise => Code is "S" or "E";

    /// <summary>Families whose services can be terminated (CRT-TERMINATE-FAMILIES).</summary>
    public bool IsTerminable => Code is "A" or "S" or "M" or "F";
}
