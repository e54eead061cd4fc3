namespace Covage.Provider.Domain;

/// <summary>Identifiers for new objects. Seeded fixtures use their own deterministic generator.</summary>
internal static class Ids
{
    public static string NewUuid() => Guid.NewGuid().ToString("D");
}
