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

    /// <summary>Whether the building publishes <paramref name="value"/> as the name of one of its stairs or floors.</summary>
    public bool Publishes(string field, string value) => field switch
    {
        "stairs" => Otps.Any(o => o.Stairs == value),
        "floor" => Otps.Any(o => o.Floor == value),
        _ => false,
    };
}
