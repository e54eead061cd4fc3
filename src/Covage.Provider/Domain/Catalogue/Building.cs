namespace Covage.Provider.Domain.Catalogue;

/// <summary>Building verticality: stairs, floors and the optical outlets on each floor.</summary>
internal sealed record Building(
    string BuildingRef,
    string Name,
    string OperatorCode,
    string OperatorName,
    string Nro,
    IReadOnlyList<BuildingOtp> Otps)
{
    public BuildingOtp? FindOtp(string reference) => Otps.FirstOrDefault(o => o.Reference == reference);
}
