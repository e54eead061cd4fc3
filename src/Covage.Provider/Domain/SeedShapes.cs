using System.Text.Json.Nodes;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Domain;

/// <summary>The shapes of seeded addresses, endpoints and customers, modelled on the pages' examples.</summary>
internal static class SeedShapes
{
    public static readonly JsonObject CopperEndpointInformation = new()
    {
        ["status"] = "active",
        ["unlisted_number"] = true,
        ["dti_presence"] = true,
        ["available_pairs"] = 11,
        ["max_available_pairs"] = 11,
        ["under_construction"] = false,
        ["sections_lengths"] = new JsonArray(new JsonObject { ["diameter"] = 4, ["length"] = 1125 }),
        ["concentration_point"] = new JsonObject
        {
            ["latlng"] = new JsonObject { ["latitude"] = 43.7701894, ["longitude"] = 7.3430288 },
            ["address"] = new JsonObject
            {
                ["kosc_street_code"] = "0608859150",
                ["kosc_insee_code"] = "06088",
                ["street_number"] = "00022",
                ["street_name"] = "BD SAINT ROCH",
                ["city"] = "NICE",
            },
        },
    };

    public static JsonObject CopperAddress() => new()
    {
        ["kosc_street_code"] = "0608859150",
        ["kosc_insee_code"] = "06088",
        ["zipcode"] = "06000",
        ["street_name"] = "BOULEVARD SAINT ROCH",
        ["street_number"] = "22",
        ["city"] = "NICE",
        ["floor"] = "00",
        ["housing_complex"] = "SHINOVAR",
    };

    public static JsonObject FiberAddress(string buildingRef) => new()
    {
        ["kosc_street_code"] = "765405510",
        ["kosc_insee_code"] = "76540",
        ["zipcode"] = "76000",
        ["street_name"] = "RUE MARTIN FRERES",
        ["street_number"] = "7",
        ["city"] = "ROUEN",
        ["building_name"] = "B",
        ["building_code"] = buildingRef,
    };

    /// <summary>ORD-ENNI-POP: the POP hosting the ENNI, shown by the v1 view (the page's example).</summary>
    public static JsonObject EnniExtras() => new()
    {
        [OrdEnniPop.Field] = new JsonObject
        {
            ["address"] = "137 Boulevard Voltaire, 75011 PARIS",
            ["code"] = "P75TH2",
            ["housing"] = "TELEHOUSE 2",
            ["interface"] = "10G_SR",
        },
    };

    public static JsonObject CopperInformation() => new() { ["co"] = "06088CAR" };

    public static JsonObject FiberInformation() => new() { ["co"] = "76540ROA" };

    public static JsonObject ServiceCustomer() => new()
    {
        ["type"] = "registered",
        ["name"] = "Minas Tirith",
        ["siret"] = "81352886600029",
        ["contact"] = new JsonObject
        {
            ["first_name"] = "Titien",
            ["last_name"] = "Atom",
            ["phone_number"] = "0626082019",
            ["email"] = "lepetitnageur@4ev.er",
        },
    };

    public static IReadOnlyList<Bound> ServiceBounds(Product product) => product.Technology == Technology.Fiber
        ? [new Bound("template", FiberAddress("IMB/76540/X/043X"), [new Endpoint("template", "FI-4672-5988", "otp", false, null)], FiberInformation())]
        : [new Bound("template", CopperAddress(), [new Endpoint("template", "0471494704", "line_number", false, CopperEndpointInformation)], CopperInformation())];
}
