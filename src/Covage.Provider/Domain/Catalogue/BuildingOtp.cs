namespace Covage.Provider.Domain.Catalogue;

internal sealed record BuildingOtp(string Reference, string Stairs, string Floor);
