using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Covage.Pact.Consumer;

namespace Covage.Conformance.Tests.Pact;

/// <summary>
/// Covage's published contract (consumer covage-operator-client, provider covage-ordering-api): every
/// interaction is described with matching rules, then replayed against the Pact mock server, which
/// writes the pact file.
/// </summary>
internal static class CovageContract
{
    public const string Consumer = "covage-operator-client";
    public const string Provider = "covage-ordering-api";
    public const string FileName = Consumer + "-" + Provider + ".json";
    public const string OrderUuid = "0cd8d842-b0ca-43c0-8cbc-5d275cbdb1c2";
    public const string Token = "sandbox-pact-token";
    private const string ServiceUuid = "38873eab-b099-4095-9042-91dfd896e225";
    private const string UuidPattern = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,6})?Z$";
    private const string Statuses = "^(draft|submitted|acknowledged|running|pending|held|rejected|cancelled|completed)$";

    /// <summary>Describes the contract, replays it against the mock server and writes the pact file into <paramref name="directory"/>.</summary>
    public static async Task<string> WriteAsync(string directory)
    {
        using var pact = new PactBuilder(Consumer, Provider, PactSpecification.V3);
        var examples = Describe(pact);
        await using (var server = pact.StartMockServer())
        {
            using var http = new HttpClient { BaseAddress = server.BaseUri };
            foreach (var example in examples)
            {
                using var request = new HttpRequestMessage(new HttpMethod(example.Method), example.Path.TrimStart('/'));
                if (example.Authorized)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
                }

                if (example.Body is not null)
                {
                    request.Content = new StringContent(example.Body.ToJsonString(), Encoding.UTF8);
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                }

                using var response = await http.SendAsync(request);
            }

            server.EnsureMatched();
        }

        return pact.WriteTo(directory);
    }

    private sealed record Example(string Method, string Path, JsonNode? Body, bool Authorized = true);

    private static List<Example> Describe(PactBuilder pact)
    {
        var examples = new List<Example>();

        // The eligibility comes from the state (each implementation has its own references) and the
        // operator's order_ref is generated afresh, so the contract can be verified again and again.
        var copper = Create("activate", "AM01", "elig-5579a8ed-8b54-49d1-a4aa-c1441b02dad6", "PACT-0003");
        Authorized(pact.UponReceiving("a request to create a copper activation order").Given("eligibilities for every request type")
            .WithRequest("POST", "/api/v2/orders/")).WithJsonBody(Generated(copper, "${eligibility_copper_activate}"))
            .WillRespond(200).WithHeader("Content-Type", "application/json").WithJsonBody(Order("draft", "activate"));
        examples.Add(new("POST", "/api/v2/orders/", copper));

        var fibre = Create("activate_defined", "FP01", "elig-780206c1-c1a6-448a-ba75-7c77cffc392c", "PACT-0004");
        Authorized(pact.UponReceiving("a request to create a fibre activation order").Given("eligibilities for every request type")
            .WithRequest("POST", "/api/v2/orders/")).WithJsonBody(Generated(fibre, "${eligibility_fiber_activate_defined}"))
            .WillRespond(200).WithHeader("Content-Type", "application/json").WithJsonBody(Order("draft", "activate"));
        examples.Add(new("POST", "/api/v2/orders/", fibre));

        var terminate = new JsonObject { ["type"] = "terminate", ["service_uuid"] = ServiceUuid };
        var terminated = Order("draft", "terminate");
        terminated["service_uuid"] = ServiceUuid;
        terminated["service_ref"] = Match.Regex("^S[0-9]{6}_[0-9]{5}$", "S191128_21428");
        Authorized(pact.UponReceiving("a request to create a termination order")
            .Given("an active copper service", new { service_uuid = ServiceUuid, service_ref = "S191128_21428" })
            .WithRequest("POST", "/api/v2/orders/")).WithJsonBody(terminate)
            .WillRespond(200).WithHeader("Content-Type", "application/json").WithJsonBody(terminated);
        examples.Add(new("POST", "/api/v2/orders/", terminate));

        var path = $"/api/v2/orders/{OrderUuid}/";
        Authorized(pact.UponReceiving("a request for an order").Given("an order in draft", new { order_uuid = OrderUuid, kind = "copper-activate" })
            .WithRequest("GET", path))
            .WillRespond(200).WithHeader("Content-Type", "application/json").WithJsonBody(Order("draft", "activate", OrderUuid));
        examples.Add(new("GET", path, null));

        var modify = new JsonObject { ["operator_info"] = new JsonObject { ["order_ref"] = "PACT-0001", ["order_name"] = "Pact order" } };
        var modifyRequest = modify.DeepClone().AsObject();
        modifyRequest["operator_info"]!["order_ref"] = FreshOrderRef("PACT-0001");
        var modified = Order("draft", "activate", OrderUuid);
        modified["operator_info"] = new JsonObject { ["order_ref"] = Match.Type("PACT-0001"), ["order_name"] = Match.Type("Pact order") };
        Authorized(pact.UponReceiving("a request to modify a draft order").Given("an order in draft", new { order_uuid = OrderUuid, kind = "copper-activate" })
            .WithRequest("PATCH", path)).WithJsonBody(modifyRequest)
            .WillRespond(200).WithHeader("Content-Type", "application/json").WithJsonBody(modified);
        examples.Add(new("PATCH", path, modify));

        var complete = new JsonObject
        {
            ["status"] = "submitted",
            ["end_customer"] = new JsonObject
            {
                ["type"] = "unregistered", ["name"] = "Alethkar Palace",
                ["contact"] = new JsonObject { ["first_name"] = "Adolin", ["last_name"] = "Kholin", ["email"] = "adolin.kholin@palace.ak" },
            },
            ["operator_info"] = new JsonObject { ["order_ref"] = "PACT-0002", ["order_name"] = "Pact order", ["contact_uuid"] = "ulkk9b4j" },
        };
        var completeRequest = complete.DeepClone().AsObject();
        completeRequest["operator_info"]!["order_ref"] = FreshOrderRef("PACT-0002");
        completeRequest["operator_info"]!["contact_uuid"] = FromState("${contact_uuid}", "ulkk9b4j");
        Authorized(pact.UponReceiving("a request to complete and submit a draft order").Given("an order in draft", new { order_uuid = OrderUuid, kind = "copper-activate" })
            .WithRequest("PATCH", path)).WithJsonBody(completeRequest)
            .WillRespond(200).WithHeader("Content-Type", "application/json").WithJsonBody(Order("submitted", "activate", OrderUuid));
        examples.Add(new("PATCH", path, complete));

        var submit = new JsonObject { ["status"] = "submitted" };
        Authorized(pact.UponReceiving("a request to submit a complete draft order").Given("a complete order in draft", new { order_uuid = OrderUuid, kind = "copper-activate" })
            .WithRequest("PATCH", path)).WithJsonBody(submit)
            .WillRespond(200).WithHeader("Content-Type", "application/json").WithJsonBody(Order("submitted", "activate", OrderUuid));
        examples.Add(new("PATCH", path, submit));

        var boundPath = $"/api/v2/orders/{OrderUuid}/bounds/eaa323c4-1926-403c-9719-f087b853de4b/";
        var bound = new JsonObject { ["address"] = new JsonObject { ["stairs"] = "B" } };
        Authorized(pact.UponReceiving("a request to change a bound address the request type does not allow")
            .Given("an order in draft", new { order_uuid = OrderUuid, kind = "fiber-activate-defined" })
            .WithRequest("PATCH", Injected(boundPath, $"^/api/v2/orders/{UuidPattern}/bounds/{UuidPattern}/$", "/api/v2/orders/${order_uuid}/bounds/${bound_uuid}/")))
            .WithJsonBody(bound)
            .WillRespond(400).WithHeader("Content-Type", "application/json").WithJsonBody(Envelope("Invalid input", "bounds[0].address.stairs"));
        examples.Add(new("PATCH", boundPath, bound));

        var stairs = new JsonObject { ["address"] = new JsonObject { ["stairs"] = "B", ["floor"] = "2" } };
        Authorized(pact.UponReceiving("a request to set the stairs and floor of a fibre create order")
            .Given("an order in draft", new { order_uuid = OrderUuid, kind = "fiber-create" })
            .WithRequest("PATCH", Injected(boundPath, $"^/api/v2/orders/{UuidPattern}/bounds/{UuidPattern}/$", "/api/v2/orders/${order_uuid}/bounds/${bound_uuid}/")))
            .WithJsonBody(stairs)
            .WillRespond(200).WithHeader("Content-Type", "application/json")
            .WithJsonBody(new JsonObject
            {
                ["uuid"] = Match.Uuid("eaa323c4-1926-403c-9719-f087b853de4b"),
                ["address"] = new JsonObject { ["stairs"] = "B", ["floor"] = "2" },
            });
        examples.Add(new("PATCH", boundPath, stairs));

        var endpointPath = $"/api/v2/orders/{OrderUuid}/endpoints/5692db93-af95-4b49-9bf2-6fcf619fc5ff/";
        var otp = new JsonObject { ["reference"] = "FI-4672-5988" };
        Authorized(pact.UponReceiving("a request to set the OTP of a fibre endpoint")
            .Given("an order in draft", new { order_uuid = OrderUuid, kind = "fiber-activate-defined" })
            .WithRequest("PATCH", Injected(endpointPath, $"^/api/v2/orders/{UuidPattern}/endpoints/{UuidPattern}/$", "/api/v2/orders/${order_uuid}/endpoints/${endpoint_uuid}/")))
            .WithJsonBody(otp)
            .WillRespond(200).WithHeader("Content-Type", "application/json")
            .WithJsonBody(new JsonObject { ["uuid"] = Match.Uuid("5692db93-af95-4b49-9bf2-6fcf619fc5ff"), ["reference"] = "FI-4672-5988" });
        examples.Add(new("PATCH", endpointPath, otp));

        Authorized(pact.UponReceiving("a request for the operator's orders").Given("an order in draft", new { order_uuid = OrderUuid, kind = "copper-activate" })
            .WithRequest("GET", "/api/v2/orders/").WithQuery("limit", "10"))
            .WillRespond(200).WithHeader("Content-Type", "application/json").WithHeader("X-Total-Count", Match.Regex("^[0-9]+$", "4"))
            .WithJsonBody(Match.MinType(new JsonObject
            {
                ["uuid"] = Match.Uuid(OrderUuid), ["reference"] = Reference(), ["status"] = Match.Regex(Statuses, "draft"),
                ["type"] = Match.Regex("^(activate|terminate)$", "activate"), ["creation_date"] = Date(),
            }, 1));
        examples.Add(new("GET", "/api/v2/orders/?limit=10", null));

        Authorized(pact.UponReceiving("a request for an order's events").Given("an order with events", new { order_uuid = OrderUuid })
            .WithRequest("GET", "/api/events/").WithQuery("object_uuid", OrderUuid).WithQuery("limit", "10"))
            .WillRespond(200).WithHeader("Content-Type", "application/json").WithJsonBody(Match.MinType(Event(inFeed: true), 2));
        examples.Add(new("GET", $"/api/events/?object_uuid={OrderUuid}&limit=10", null));

        var eventPath = "/api/events/2c204b99-1775-4963-8841-5718c1f77a52/";
        Authorized(pact.UponReceiving("a request for one event").Given("an order with events", new { order_uuid = OrderUuid })
            .WithRequest("GET", Injected(eventPath, $"^/api/events/{UuidPattern}/$", "/api/events/${event_uuid}/")))
            .WillRespond(200).WithHeader("Content-Type", "application/json").WithJsonBody(Event());
        examples.Add(new("GET", eventPath, null));

        var infoPath = $"/api/v2/orders/{OrderUuid}/events/info/";
        var info = new JsonObject { ["message"] = "Please call the end customer before the visit." };
        Authorized(pact.UponReceiving("an info message on a submitted order").Given("a submitted order", new { order_uuid = OrderUuid })
            .WithRequest("POST", infoPath)).WithJsonBody(info)
            .WillRespond(200).WithHeader("Content-Type", "application/json").WithJsonBody(new JsonObject { ["info"] = Match.Type("Event was successfully created") });
        examples.Add(new("POST", infoPath, info));

        Authorized(pact.UponReceiving("a second info message too soon").Given("an order whose info message was just sent", new { order_uuid = OrderUuid })
            .WithRequest("POST", infoPath)).WithJsonBody(info)
            .WillRespond(429).WithHeader("Content-Type", "application/json").WithHeader("Retry-After", Match.Regex("^[0-9]+$", "300"))
            .WithJsonBody(Envelope("Request was throttled. Expected available in 300 seconds.", null));
        examples.Add(new("POST", infoPath, info));

        var invalid = new JsonObject { ["type"] = "activate" };
        Authorized(pact.UponReceiving("a request to create an order without its eligibility").Given("eligibilities for every request type")
            .WithRequest("POST", "/api/v2/orders/")).WithJsonBody(invalid)
            .WillRespond(400).WithHeader("Content-Type", "application/json").WithJsonBody(Envelope("Invalid input", "eligibility_ref"));
        examples.Add(new("POST", "/api/v2/orders/", invalid));

        var login = new JsonObject { ["email"] = "nobody@example.invalid", ["password"] = "not-a-password" };
        pact.UponReceiving("a login with unknown credentials")
            .WithRequest("POST", "/api/v2/account/token/").WithHeader("Content-Type", "application/json").WithJsonBody(login)
            .WillRespond(401).WithHeader("Content-Type", "application/json").WithJsonBody(Envelope("No active account found with the given credentials.", null));
        examples.Add(new("POST", "/api/v2/account/token/", login, Authorized: false));

        Authorized(pact.UponReceiving("a request for an order that does not exist").Given("no order with this uuid", new { order_uuid = OrderUuid })
            .WithRequest("GET", path))
            .WillRespond(404).WithHeader("Content-Type", "application/json").WithJsonBody(Envelope("Not found.", null));
        examples.Add(new("GET", path, null));

        return examples;
    }

    private static RequestBuilder Authorized(RequestBuilder request) =>
        request.WithHeader("Authorization", Match.Regex("^(Bearer|JWT) .+$", "Bearer " + Token));

    private static JsonObject Reference() => Match.Regex("^O[0-9]{6}_[0-9]{5}$", "O261122_28183");

    private static JsonObject Date() => Match.Regex(DatePattern, "2026-11-22T14:16:58.115842Z");

    // The engine checks these against its date-time format (microseconds and Z, as Covage writes them).
    private static JsonObject DateTime() => Match.DateTime("yyyy-MM-dd'T'HH:mm:ss.SSSSSSX", "2026-11-22T14:16:58.115842Z");

    private static JsonObject Create(string requestType, string product, string eligibility, string orderRef) => new()
    {
        ["type"] = "activate",
        ["request_type"] = requestType,
        ["eligibility_ref"] = eligibility,
        ["product"] = new JsonObject { ["code"] = product },
        ["operator_info"] = new JsonObject { ["order_ref"] = orderRef, ["order_name"] = "Pact order" },
    };

    // The request as the pact describes it: the eligibility from the state, a fresh order_ref.
    private static JsonObject Generated(JsonObject create, string eligibility)
    {
        var request = create.DeepClone().AsObject();
        request["eligibility_ref"] = FromState(eligibility, create["eligibility_ref"]!.GetValue<string>());
        request["operator_info"]!["order_ref"] = FreshOrderRef(create["operator_info"]!["order_ref"]!.GetValue<string>());
        return request;
    }

    // UPD-OPERATOR-REF-UNIQUE: a fixed order_ref would collide with the one a previous run left behind.
    private static JsonObject FreshOrderRef(string example)
    {
        var matcher = Match.Type(example);
        matcher["pact:generator:type"] = "RandomString";
        matcher["size"] = 12;
        return matcher;
    }

    private static JsonObject FromState(string expression, string example)
    {
        var matcher = Match.Type(example);
        matcher["pact:generator:type"] = "ProviderState";
        matcher["expression"] = expression;
        return matcher;
    }

    private static JsonObject Injected(string example, string pattern, string expression)
    {
        var matcher = Match.Regex(pattern, example);
        matcher["pact:generator:type"] = "ProviderState";
        matcher["expression"] = expression;
        return matcher;
    }

    private static JsonObject Order(string status, string type, string? uuid = null) => new()
    {
        ["uuid"] = uuid ?? (JsonNode)Match.Uuid("878de56d-612e-43c6-afc4-4718ea2a65f5"),
        ["reference"] = Reference(),
        ["status"] = Match.Regex($"^{status}$", status),
        ["type"] = type,
        ["product"] = new JsonObject { ["code"] = Match.Regex("^[A-Z]{2}[0-9]{2}$", "AM01"), ["name"] = Match.Type("ADSL-Max_FULL_BE_KOSC") },
        ["end_customer"] = Match.Type(new JsonObject()),
        ["operator_info"] = Match.Type(new JsonObject()),
        ["creation_date"] = DateTime(),
        ["modification_date"] = DateTime(),
    };

    private static JsonObject Event(bool inFeed = false)
    {
        var e = new JsonObject
        {
            ["event_uuid"] = Match.Uuid("2c204b99-1775-4963-8841-5718c1f77a52"),
            ["type"] = Match.Regex("^(order|service)-[a-z-]+$", "order-acknowledged"),
            ["object_type"] = "order",
            ["object_uuid"] = OrderUuid,
            ["event_date"] = Date(),
            ["creation_date"] = Date(),
        };
        if (inFeed)
        {
            // The feed's cursor: only list items carry it.
            e["sort_value"] = Match.Type("WyIyMDI2LTExLTIyVDE0OjE3OjI5LjEzNDc0NyIsNF0=");
        }

        return e;
    }

    private static JsonObject Envelope(string error, string? field) => new()
    {
        ["apirequest_uuid"] = Match.Regex($"^KOSC_{UuidPattern}$", "KOSC_fde7c9d1-dc89-46f9-b7b2-b480539e9d27"),
        ["error"] = error,
        ["details"] = field is null ? null : Match.MinType(new JsonObject { ["field"] = Match.Type(field), ["errors"] = Match.MinType(Match.Type("This field is required."), 1) }, 1),
    };
}
