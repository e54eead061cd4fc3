using System.Text.Json.Nodes;
using Covage.Provider.Domain;
using Covage.Provider.Domain.Accounts;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Simulation;

/// <summary>
/// The sandbox's reference data: three operators (two with an ENNI, one without), their users,
/// contacts, eligibilities for every request type, active services, and the building of the pages.
/// Deterministic: every start seeds the same identifiers.
/// </summary>
internal static class Seed
{
    public const string BuildingRef = "IMB/76540/X/043X";

    private static readonly (string Name, string Slug, bool HasEnni)[] OperatorSpecs =
    [
        ("Alpha Telecom", "alpha", true),
        ("Beta Networks", "beta", true),
        ("Gamma Fibre", "gamma", false),
    ];

    private static readonly string[][] Floors =
    [
        ["FI-4672-5988", "FI-6401-6327", "FI-4576-7338", "FI-9036-9302", "FI-1578-4925", "FI-8222-0216", "FI-4572-1600"],
        ["FI-5453-5482", "FI-6023-2052", "FI-6250-6687", "FI-4645-7016", "FI-6149-6667", "FI-4574-9232", "FI-3649-6891"],
        ["FI-4596-2929", "FI-5262-3682", "FI-4566-4477"],
        ["FI-4567-7193", "FI-3370-1120", "FI-4566-6655", "FI-7392-0276", "FI-5088-1249", "FI-9987-4127", "FI-8307-5400"],
        ["FI-8403-5645", "FI-4565-3752", "FI-4941-3838", "FI-5749-8255", "FI-8543-4933", "FI-1683-7394"],
        ["FI-4565-9406", "FI-4565-8779"],
    ];

    public static ProviderState Create(TimeProvider clock)
    {
        var ids = new DeterministicIds(20191016);
        var state = new ProviderState(clock, ProductCatalogue.Seeded());
        var building = new Building(BuildingRef, "B", "FI", "ORANGE", "76540ROA",
            [.. Floors.SelectMany((otps, floor) => otps.Select(o => new BuildingOtp(o, "NA^1", floor.ToString(System.Globalization.CultureInfo.InvariantCulture))))]);
        state.Buildings[building.BuildingRef] = building;

        foreach (var (name, slug, hasEnni) in OperatorSpecs)
        {
            var operatorUuid = ids.Uuid();
            var contacts = new[] { ids.Short(), ids.Short(), ids.Short() };
            var capital = char.ToUpperInvariant(slug[0]) + slug[1..];
            User[] users =
            [
                new($"delivery@{slug}.example", $"{capital}-Delivery-2019", "Dana", "Delivery", operatorUuid, ["delivery"]),
                new($"viewer@{slug}.example", $"{capital}-Viewer-2019", "Victor", "Viewer", operatorUuid, []),
                new($"admin@{slug}.example", $"{capital}-Admin-2019", "Ada", "Admin", operatorUuid, ["admin"]),
            ];
            state.Operators[operatorUuid] = new Operator(operatorUuid, name, hasEnni, contacts, users);
            foreach (var user in users)
            {
                state.Users[user.Email] = user;
            }

            state.Book(operatorUuid);
            SeedEligibilities(state, ids, operatorUuid);
            SeedServices(state, ids, operatorUuid, hasEnni);
        }

        return state;
    }

    private static void SeedEligibilities(ProviderState state, DeterministicIds ids, string operatorUuid)
    {
        foreach (var requestType in ProductCatalogue.CopperRequestTypes)
        {
            var lineBuilding = requestType != "activate";
            var endpoint = new Endpoint("template", lineBuilding ? "0417101994" : "0417101993", "line_number", !lineBuilding, SeedShapes.CopperEndpointInformation);
            var bound = new Bound("template", SeedShapes.CopperAddress(), [endpoint], SeedShapes.CopperInformation());
            var eligibility = new Eligibility($"elig-{ids.Uuid()}", operatorUuid, Technology.Copper, requestType, [bound], null);
            state.Eligibilities[eligibility.Ref] = eligibility;
        }

        foreach (var requestType in ProductCatalogue.FiberRequestTypes)
        {
            var endpoint = new Endpoint("template", null, "otp", false, null);
            var bound = new Bound("template", SeedShapes.FiberAddress(BuildingRef), [endpoint], SeedShapes.FiberInformation());
            var eligibility = new Eligibility($"elig-{ids.Uuid()}", operatorUuid, Technology.Fiber, requestType, [bound], BuildingRef);
            state.Eligibilities[eligibility.Ref] = eligibility;
        }
    }

    private static void SeedServices(ProviderState state, DeterministicIds ids, string operatorUuid, bool hasEnni)
    {
        var catalogue = state.Catalogue;
        var contact = state.Operators[operatorUuid].Contacts[0];
        string[] codes = ["AM01", "AM01", "AM01", "AM01", "AM01", "AM01", "SD01", "SD01", "SM01", "SM01",
            "FP01", "FP01", "FP01", "FP01", "FP01", "FP01", "FP01", "FP01", "FP05", "FP05", "FE01"];
        foreach (var code in codes.Concat(hasEnni ? ["EN01"] : []))
        {
            var product = catalogue.Find(code)!;
            var reference = $"S191128_{21000 + state.Services.Count:D5}";
            var service = new Service(ids.Uuid(), reference, operatorUuid, product, true, SeedShapes.ServiceCustomer(),
                new JsonObject { ["contact_uuid"] = contact }, SeedShapes.ServiceBounds(product));
            state.Services[service.Uuid] = service;
            if (product.Technology == Technology.Enni)
            {
                SeedEnniOrder(state, ids, service);
            }
        }
    }

    private static void SeedEnniOrder(ProviderState state, DeterministicIds ids, Service service)
    {
        var now = state.Clock.GetUtcNow();
        var order = new Order(ids.Uuid(), state.OrderReferences.Next(now), service.OperatorUuid, OrderType.Activate, service.Product,
            null, null, OrderStatus.Completed, new OrderDates(now, now, now, now, now, now, null, now), SeedShapes.ServiceCustomer(),
            new JsonObject { ["contact_uuid"] = state.Operators[service.OperatorUuid].Contacts[0], ["order_ref"] = $"ENNI-{service.Ref}", ["order_name"] = "ENNI delivery port" },
            OrdEnniPop.Options(), [], ServiceUuid: service.Uuid, ServiceRef: service.Ref, Extras: SeedShapes.EnniExtras());
        state.Orders[order.Uuid] = new OrderSlot(order);
        state.Book(service.OperatorUuid).Add(order);
    }
}
