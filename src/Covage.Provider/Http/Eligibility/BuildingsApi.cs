using Covage.Provider.Http.Auth;
using Covage.Provider.Http.Errors;
using Covage.Provider.Http.V2;
using Covage.Provider.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Covage.Provider.Http.Eligibility;

/// <summary>Building verticality: <c>/api/v2/eligibility/buildings/{building_ref}/</c>, where the ref holds slashes.</summary>
internal static class BuildingsApi
{
    public static RouteGroupBuilder MapBuildingsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v2/eligibility/buildings").AddEndpointFilter(CurrentUser.Require);
        group.MapGet("/{**buildingRef}", Get);
        return group;
    }

    private static IResult Get(string buildingRef, HttpContext context, Sandbox sandbox)
    {
        var reference = Uri.UnescapeDataString(buildingRef).TrimEnd('/');
        if (!sandbox.Current.State.Buildings.TryGetValue(reference, out var building))
        {
            return ApiError.NotFound();
        }

        var withOtp = context.Request.Query["include_otp_ref"].ToString() == "true";
        var withStairs = context.Request.Query["include_stairs"].ToString() == "true";
        return Results.Bytes(OrderJsonV2.ToBytes(w =>
        {
            w.WriteStartObject();
            w.WriteString("operator_code", building.OperatorCode);
            w.WriteString("operator_name", building.OperatorName);
            w.WriteString("name", building.Name);
            w.WriteString("building_ref", building.BuildingRef);
            w.WriteString("type", "BUILDING");
            w.WriteString("nro", building.Nro);
            var stairs = building.Otps.GroupBy(o => o.Stairs);
            if (withStairs)
            {
                w.WriteStartObject("stairs");
                foreach (var stair in stairs)
                {
                    w.WriteStartArray(stair.Key);
                    foreach (var floor in stair.Select(o => o.Floor).Distinct())
                    {
                        w.WriteStringValue(floor);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            if (withOtp)
            {
                w.WriteStartObject("stairs_with_otp_ref");
                foreach (var stair in stairs)
                {
                    w.WriteStartObject(stair.Key);
                    foreach (var floor in stair.GroupBy(o => o.Floor))
                    {
                        w.WriteStartArray(floor.Key);
                        foreach (var otp in floor)
                        {
                            w.WriteStringValue(otp.Reference);
                        }

                        w.WriteEndArray();
                    }

                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteStartObject("address");
            w.WriteString("street_number", "7");
            w.WriteString("street_name", "RUE MARTIN FRERES");
            w.WriteString("kosc_street_code", "765405510");
            w.WriteString("kosc_insee_code", "76540");
            w.WriteString("city", "ROUEN");
            w.WriteString("zipcode", "76000");
            w.WriteEndObject();
            w.WriteString("code_interop", "FTEL");
            w.WriteString("code_l331", "FRTE");
            w.WriteString("reference_pm", "FI-76540-00AI");
            w.WriteString("latitude", "49.448179");
            w.WriteString("longitude", "1.076237");
            w.WriteEndObject();
        }), "application/json");
    }
}
