using System.Text.Json.Nodes;

namespace Covage.Provider.Tests.Http.Robustness;

/// <summary>
/// Every endpoint of the provider the corpus calls: v2 and v1 orders, events, auth, buildings, the
/// control API, the console and the OpenAPI description. Typed fields are written <c>path:kind</c>.
/// </summary>
internal static class CorpusEndpoints
{
    private static readonly string[] OrderPath = ["GET", "PATCH", "DELETE"];
    private static readonly string[] OrderPathV1 = ["GET", "PUT", "DELETE"];
    private static readonly string[] Orders = ["GET", "POST"];
    private static readonly string[] Post = ["POST"];
    private static readonly string[] Patch = ["PATCH"];
    private static readonly string[] Get = ["GET"];

    private static readonly string[] V2Changes =
    [
        "comment:string", "end_customer:object", "end_customer.name:string", "operator_info:object", "options:object",
        "request_type:string", "status:string", "allow_second_rdv:bool",
    ];

    public static IReadOnlyList<CorpusEndpoint> All(CorpusIds ids) =>
    [
        new("GET", "/api/v2/orders/", Caller.Operator, Writes: false, PathMethods: Orders, Queries: CorpusQueries.Orders),
        new("POST", "/api/v2/orders/", Caller.Operator, Writes: true, PathMethods: Orders, Body: Json("""
            {"type": "activate", "eligibility_ref": "elig-unknown", "product": {"code": "AM01"}, "request_type": "activate",
             "end_customer": {"type": "unregistered", "name": "Corpus", "contact": {"first_name": "A", "last_name": "B", "email": "a@b.example"}},
             "operator_info": {"order_ref": "CORPUS", "order_name": "corpus"}, "comment": "c"}
            """),
            TypedFields: ["type:string", "eligibility_ref:string", "product:object", "product.code:string", "service_uuid:string", .. V2Changes]),
        new("GET", "/api/v2/orders/{draft}/", Caller.Operator, Writes: false, PathMethods: OrderPath),
        new("PATCH", "/api/v2/orders/{draft}/", Caller.Operator, Writes: true, PathMethods: OrderPath,
            Body: Json("""{"comment": "x", "end_customer": {"name": "N"}, "operator_info": {"order_name": "n"}}"""), TypedFields: V2Changes),
        new("PATCH", "/api/v2/orders/{submitted}/", Caller.Operator, Writes: true, PathMethods: OrderPath,
            Body: Json("""{"status": "submitted"}"""), TypedFields: V2Changes),
        new("DELETE", "/api/v2/orders/{draft}/", Caller.Operator, Writes: true, PathMethods: OrderPath),
        new("PATCH", "/api/v2/orders/{fiber-create}/bounds/{bound}/", Caller.Operator, Writes: true, PathMethods: Patch,
            Body: Json("""{"address": {"stairs": "A", "floor": "1"}}"""), TypedFields: ["address:object", "address.stairs:string", "address.floor:string"]),
        new("PATCH", "/api/v2/orders/{defined}/endpoints/{endpoint}/", Caller.Operator, Writes: true, PathMethods: Patch,
            Body: Json("""{"reference": "FI-4672-5988"}"""), TypedFields: ["reference:string"]),
        new("POST", "/api/v2/orders/{submitted}/events/info/", Caller.Operator, Writes: true, PathMethods: Post,
            Body: Json("""{"message": "hello", "stop_deferred": true}"""), TypedFields: ["message:string", "stop_deferred:bool"]),
        new("POST", "/api/orders/", Caller.Operator, Writes: true, PathMethods: Post, Body: Json("""
            {"type": "activate", "activation_type": "activate", "eligibility_ref": "elig-unknown", "product": {"code": "AM01"},
             "endpoints": [{"endpoint_ref": "0102030405", "endpoint_ref_type": "ndi"}], "owner": {"type": "unregistered", "name": "Corpus"},
             "contacts": {"operator": {"contact_uuid": "nobody"}}, "operator_order_ref": "CORPUS-V1", "comment": "c"}
            """),
            TypedFields:
            [
                "type:string", "activation_type:string", "product:object", "product.code:string", "owner:object", "contacts:object",
                "options:object", "operator_order_ref:string", "comment:string", "endpoints:array", "address:object", "activation_info:object",
            ]),
        new("GET", "/api/orders/{draft}/", Caller.Operator, Writes: false, PathMethods: OrderPathV1),
        new("PUT", "/api/orders/{draft}/", Caller.Operator, Writes: true, PathMethods: OrderPathV1,
            Body: Json("""{"comment": "x", "operator_order_name": "n", "owner": {"type": "unregistered", "name": "N"}}"""),
            TypedFields:
            [
                "owner:object", "contacts:object", "options:object", "operator_order_ref:string", "operator_order_name:string",
                "comment:string", "enni:object", "batch_alias:string",
            ]),
        new("DELETE", "/api/orders/{draft}/", Caller.Operator, Writes: true, PathMethods: OrderPathV1),
        new("POST", "/api/orders/{draft}/submit/", Caller.Operator, Writes: true, PathMethods: Post),
        new("POST", "/api/orders/{submitted}/confirm/", Caller.Operator, Writes: true, PathMethods: Post),
        new("POST", "/api/orders/{submitted}/cancel/", Caller.Operator, Writes: true, PathMethods: Post,
            Body: Json("""{"reason": "r"}"""), TypedFields: ["reason:string"]),
        new("GET", "/api/events/", Caller.Operator, Writes: false, PathMethods: Get, Queries: CorpusQueries.Events),
        new("GET", "/api/events/{event}/", Caller.Operator, Writes: false, PathMethods: Get),
        new("POST", "/api/v2/account/token/", Caller.Public, Writes: true, PathMethods: Post,
            Body: Json("""{"email": "delivery@alpha.example", "password": "not-the-password"}"""), TypedFields: ["email:string", "password:string"]),
        new("POST", "/api/v2/account/token/refresh/", Caller.Public, Writes: true, PathMethods: Post,
            Body: Json("""{"refresh": "not-a-token"}"""), TypedFields: ["refresh:string"]),
        new("POST", "/api/v2/account/token/verify/", Caller.Public, Writes: true, PathMethods: Post,
            Body: Json("""{"token": "not-a-token"}"""), TypedFields: ["token:string"]),
        new("GET", "/api/v2/eligibility/buildings/{building}/", Caller.Operator, Writes: false, PathMethods: Get, Queries: CorpusQueries.Buildings),
        new("GET", "/_simulator/fixtures/", Caller.Control, Writes: false, PathMethods: Get),
        new("POST", "/_simulator/reset/", Caller.Control, Writes: true, PathMethods: Post),
        new("GET", "/_simulator/clock/", Caller.Control, Writes: false, PathMethods: Get),
        new("POST", "/_simulator/clock/advance/", Caller.Control, Writes: true, PathMethods: Post,
            Body: Json("""{"seconds": 86400}"""), TypedFields: ["seconds:number"]),
        new("POST", "/_simulator/orders/{submitted}/transitions/", Caller.Control, Writes: true, PathMethods: Post,
            Body: Json("""{"to": "acknowledged", "data": {}}"""), TypedFields: ["to:string", "event:string", "data:object"]),
        new("POST", "/_simulator/orders/{submitted}/events/", Caller.Control, Writes: true, PathMethods: Post,
            Body: Json("""{"type": "order-information-from-provider", "event_date": "2026-01-01T00:00:00Z"}"""),
            TypedFields: ["type:string", "data:object", "event_date:string"]),
        new("POST", "/_simulator/services/", Caller.Control, Writes: true, PathMethods: Post,
            Body: Json($$"""{"operator_uuid": "{{ids.OperatorUuid}}", "product_code": "AM01"}"""), TypedFields: ["operator_uuid:string", "product_code:string"]),
        new("POST", "/_simulator/provider-states/", Caller.Control, Writes: true, PathMethods: Post,
            Body: Json("""{"state": "an order in draft", "params": {"order_uuid": "44444444-4444-4444-8444-444444444444"}, "action": "setup"}"""),
            TypedFields: ["state:string", "action:string", "params:object"], EmptyBodyIsValid: true),
        new("GET", "/", Caller.Public, Writes: false, PathMethods: Get),
        new("GET", "/openapi.json", Caller.Public, Writes: false, PathMethods: Get),
    ];

    private static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();
}
