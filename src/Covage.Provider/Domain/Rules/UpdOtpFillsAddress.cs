using System.Text.Json.Nodes;
using Covage.Provider.Domain.Catalogue;

namespace Covage.Provider.Domain.Rules;

/// <summary>UPD-OTP-FILLS-ADDRESS: setting an OTP reference fills the bound's stairs and floor from the building's data.</summary>
internal static class UpdOtpFillsAddress
{
    public const string Id = "UPD-OTP-FILLS-ADDRESS";

    public static JsonObject Fill(JsonObject address, Building? building, string otpReference) =>
        building?.FindOtp(otpReference) is { } otp
            ? Json.Merge(address, new JsonObject { ["stairs"] = otp.Stairs, ["floor"] = otp.Floor })
            : address;
}
