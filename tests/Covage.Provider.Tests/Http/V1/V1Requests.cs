using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.V1;

/// <summary>v1 request bodies and calls shared by the v1 tests.</summary>
internal static class V1Requests
{
    public const string Orders = "/api/orders/";

    /// <summary>
    /// The v1 page's create example as written (its grt option key and unregistrated owner type
    /// included); only its eligibility and contact identifiers, which are per-operator data, come
    /// from the fixtures.
    /// </summary>
    public static JsonObject PageExample(TestProvider api) => new()
    {
        ["type"] = "activate",
        ["activation_type"] = "activate",
        ["eligibility_ref"] = api.Eligibility("copper", "activate"),
        ["product"] = new JsonObject { ["code"] = "SD01" },
        ["options"] = new JsonObject { ["grt"] = new JsonObject { ["value"] = "4h_bhbd", ["enabled"] = true } },
        ["contacts"] = new JsonObject
        {
            ["operator"] = new JsonObject { ["contact_uuid"] = api.Contact() },
            ["owner"] = new JsonObject
            {
                ["phone_number"] = "0123456789",
                ["email"] = "email@domain.com",
                ["first_name"] = "Prénom",
                ["last_name"] = "Nom",
            },
        },
        ["operator_order_ref"] = "UNTEL02-1",
        ["operator_order_name"] = "Commande pour client Untel",
        ["comment"] = "Commentaires",
        ["activation_info"] = new JsonObject { ["mandate_id"] = "01234567" },
        ["owner"] = new JsonObject { ["type"] = "unregistrated", ["name"] = "Untel" },
        ["endpoints"] = new JsonArray(new JsonObject { ["endpoint_ref_type"] = "line_number", ["endpoint_ref"] = "0143340043" }),
        ["address"] = new JsonObject
        {
            ["street_name"] = "RUE DU CAPITAINE GUYNEMER",
            ["rivoli_code"] = "1440",
            ["floor"] = "03",
            ["city"] = "COURBEVOIE",
            ["insee_code"] = "92026",
            ["street_number"] = "00044",
        },
        ["enni"] = new JsonObject { ["enni_vlan"] = "111", ["enni_service_ref"] = "S20181102_12001" },
    };

    /// <summary>The smallest valid v1 create for a copper activation type.</summary>
    public static JsonObject Minimal(TestProvider api, string activationType = "activate", string product = "AM01", int op = 0)
    {
        var body = new JsonObject
        {
            ["type"] = "activate",
            ["activation_type"] = activationType,
            ["eligibility_ref"] = api.Eligibility("copper", activationType, op),
            ["product"] = new JsonObject { ["code"] = product },
        };
        if (activationType == "activate")
        {
            body["endpoints"] = new JsonArray(new JsonObject { ["endpoint_ref_type"] = "line_number", ["endpoint_ref"] = "0417101993" });
        }

        return body;
    }

    /// <summary>Every field submit needs, in v1 spelling.</summary>
    public static JsonObject Complete(JsonObject body, TestProvider api, string? orderRef = null)
    {
        body["owner"] = new JsonObject { ["type"] = "unregistered", ["name"] = "Alethkar Palace" };
        body["contacts"] = new JsonObject
        {
            ["operator"] = new JsonObject { ["contact_uuid"] = api.Contact() },
            ["owner"] = new JsonObject { ["first_name"] = "Adolin", ["last_name"] = "Kholin", ["email"] = "adolin.kholin@palace.ak" },
        };
        body["operator_order_ref"] = orderRef ?? $"REF-{Guid.NewGuid():N}";
        body["operator_order_name"] = "Alethkar Palace Order";
        return body;
    }

    public static async Task<JsonNode> CreateAsync(TestProvider api, JsonObject body)
    {
        var response = await api.CallAsync(HttpMethod.Post, Orders, body);
        Assert.True(response.Code == 200, response.Body);
        return response.Json;
    }

    public static string Uuid(JsonNode order) => (order["order_uuid"] ?? order["uuid"])!.GetValue<string>();

    public static Task<ApiResponse> GetAsync(TestProvider api, string uuid) => api.CallAsync(HttpMethod.Get, $"{Orders}{uuid}/");

    /// <summary>A v1-created, complete collect activation order, submitted through v1.</summary>
    public static async Task<string> SubmittedAsync(TestProvider api, string activationType = "activate")
    {
        var uuid = Uuid(await CreateAsync(api, Complete(Minimal(api, activationType), api)));
        var submit = await api.CallAsync(HttpMethod.Post, $"{Orders}{uuid}/submit/");
        Assert.True(submit.Code == 200, submit.Body);
        return uuid;
    }

    /// <summary>Drives a submitted order to pending through the control API, with the event that makes it wait.</summary>
    public static async Task<string> PendingAsync(TestProvider api, string activationType = "activate", string? cause = "order-sensibleaccess")
    {
        var uuid = await SubmittedAsync(api, activationType);
        foreach (var (to, evt) in new[] { ("acknowledged", (string?)null), ("running", null), ("pending", cause) })
        {
            var moved = await api.DriveAsync(uuid, to, evt);
            Assert.True(moved.Code == 200, moved.Body);
        }

        return uuid;
    }

    public static async Task<JsonArray> EventsAsync(TestProvider api, string uuid)
    {
        var response = await api.CallAsync(HttpMethod.Get, $"/api/events/?object_uuid={uuid}&sort=creation_date");
        Assert.True(response.Code == 200, response.Body);
        return response.Json.AsArray();
    }

    public static IReadOnlyList<string> Types(JsonArray events) => [.. events.Select(e => e!["type"]!.GetValue<string>())];
}
