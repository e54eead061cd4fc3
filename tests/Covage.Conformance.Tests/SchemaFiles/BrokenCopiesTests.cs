using NJsonSchema.Validation;

namespace Covage.Conformance.Tests.SchemaFiles;

/// <summary>A copy of a page example with one thing broken fails, and the error names the broken place.</summary>
public sealed class BrokenCopiesTests
{
    private const string Copper = "v2/create-copper.response.json";
    private const string Fiber = "v2/create-fiber.response.json";
    private const string Terminate = "v2/create-terminate.response.json";
    private const string Order = "v2/order.schema.json";

    [Theory]
    // v2 order
    [InlineData(Copper, Order, "status", "\"shipped\"", ValidationErrorKind.NotInEnumeration, "#/status")]
    [InlineData(Copper, Order, "type", "\"upgrade\"", ValidationErrorKind.NotInEnumeration, "#/type")]
    [InlineData(Copper, Order, "reference", "\"O19101_32563\"", ValidationErrorKind.PatternMismatch, "#/reference")]
    [InlineData(Copper, Order, "reference", "\"B191016_32563\"", ValidationErrorKind.PatternMismatch, "#/reference")]
    [InlineData(Copper, Order, "uuid", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/uuid")]
    [InlineData(Copper, Order, "product", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/product")]
    [InlineData(Copper, Order, "creation_date", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/creation_date")]
    [InlineData(Copper, Order, "uuid", "\"2e4c08a6-17a7-4ed5-97ca\"", ValidationErrorKind.PatternMismatch, "#/uuid")]
    [InlineData(Copper, Order, "uuid", "\"2E4C08A6-17A7-4ED5-97CA-6425301CD96D\"", ValidationErrorKind.PatternMismatch, "#/uuid")]
    [InlineData(Copper, Order, "bounds[0].uuid", "\"8d581539\"", ValidationErrorKind.PatternMismatch, "#/bounds[0].uuid")]
    [InlineData(Copper, Order, "bounds[0].endpoints[0].locked", "\"yes\"", ValidationErrorKind.BooleanExpected, "#/bounds[0].endpoints[0].locked")]
    [InlineData(Copper, Order, "bounds[0].endpoints[0].type", "\"fibre\"", ValidationErrorKind.NotInEnumeration, "#/bounds[0].endpoints[0].type")]
    [InlineData(Copper, Order, "bounds[0].endpoints[0].type", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/bounds[0].endpoints[0].type")]
    [InlineData(Copper, Order, "bounds[0].endpoints[0].information.available_pairs", "\"11\"", ValidationErrorKind.IntegerExpected, "#/bounds[0].endpoints[0].information.available_pairs")]
    [InlineData(Copper, Order, "bounds", "{}", ValidationErrorKind.ArrayExpected, "#/bounds")]
    [InlineData(Copper, Order, "creation_date", "\"2019-10-16\"", ValidationErrorKind.PatternMismatch, "#/creation_date")]
    [InlineData(Copper, Order, "creation_date", "\"16/10/2019 09:59\"", ValidationErrorKind.DateTimeExpected, "#/creation_date")]
    [InlineData(Copper, Order, "product.colour", "\"blue\"", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/product.colour")]
    [InlineData(Copper, Order, "product.line.family.code", "\"X\"", ValidationErrorKind.NotInEnumeration, "#/product.line.family.code")]
    [InlineData(Copper, Order, "product.line.name", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/product.line.name")]
    [InlineData(Copper, Order, "request_type", "\"activate_later\"", ValidationErrorKind.NotInEnumeration, "#/request_type")]
    [InlineData(Copper, Order, "end_customer.company", "\"ACME\"", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/end_customer.company")]
    [InlineData(Copper, Order, "operator_info.order_number", "\"1\"", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/operator_info.order_number")]
    [InlineData(Terminate, Order, "end_customer.type", "\"company\"", ValidationErrorKind.NotInEnumeration, "#/end_customer.type")]
    [InlineData(Terminate, Order, "end_customer.name", "\"Minas Tirith's\"", ValidationErrorKind.PatternMismatch, "#/end_customer.name")]
    [InlineData(Terminate, Order, "end_customer.contact.last_name", "\"ATÔM\"", ValidationErrorKind.PatternMismatch, "#/end_customer.contact.last_name")]
    [InlineData(Terminate, Order, "end_customer.siret", "\"8135288660002\"", ValidationErrorKind.PatternMismatch, "#/end_customer.siret")]
    [InlineData(Terminate, Order, "end_customer.contact.fax", "\"0\"", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/end_customer.contact.fax")]
    [InlineData(Terminate, Order, "service_uuid", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/service_uuid")]
    [InlineData(Fiber, Order, "bounds[0].endpoints[0].reference", "\"FI-379-3415\"", ValidationErrorKind.PatternMismatch, "#/bounds[0].endpoints[0].reference")]
    [InlineData(Fiber, Order, "options.contract_term.enabled", "\"true\"", ValidationErrorKind.BooleanExpected, "#/options.contract_term.enabled")]
    [InlineData(Fiber, Order, "options.contract_term.price", "\"1\"", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/options.contract_term.price")]
    [InlineData(Fiber, Order, "options.cpe_install", "{\"enabled\":true,\"value\":\"x\"}", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/options.cpe_install.value")]
    [InlineData(Fiber, Order, "options.portability", "{\"enabled\":true,\"number\":\"x\"}", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/options.portability.number")]
    // v2 requests
    [InlineData("v2/submit.request.json", "v2/order-patch.request.schema.json", "status", "\"acknowledged\"", ValidationErrorKind.NotInEnumeration, "#/status")]
    [InlineData("v2/create-copper.request.json", "v2/order-create.request.schema.json", "request_type", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/request_type")]
    [InlineData("v2/create-copper.request.json", "v2/order-create.request.schema.json", "eligibility_ref", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/eligibility_ref")]
    [InlineData("v2/create-copper.request.json", "v2/order-create.request.schema.json", "product.code", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/product.code")]
    [InlineData("v2/create-copper.request.json", "v2/order-create.request.schema.json", "type", "\"upgrade\"", ValidationErrorKind.NotInEnumeration, "#/type")]
    [InlineData("v2/create-terminate.request.json", "v2/order-create.request.schema.json", "service_uuid", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/service_uuid")]
    [InlineData("v2/create-terminate.request.json", "v2/order-create.request.schema.json", "service_uuid", "\"38873eab\"", ValidationErrorKind.PatternMismatch, "#/service_uuid")]
    [InlineData("v2/modify.request.json", "v2/order-patch.request.schema.json", "end_customer.name", "\"Alethkar & Co\"", ValidationErrorKind.PatternMismatch, "#/end_customer.name")]
    [InlineData("v2/bound-stairs.request.json", "v2/bound-patch.request.schema.json", "address.floor", "\"1/2\"", ValidationErrorKind.PatternMismatch, "#/address.floor")]
    [InlineData("v2/bound-stairs.request.json", "v2/bound-patch.request.schema.json", "address.stairs", "1", ValidationErrorKind.StringExpected, "#/address.stairs")]
    [InlineData("v2/bound-stairs.request.json", "v2/bound-patch.request.schema.json", "address.city", "\"ROUEN\"", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/address.city")]
    [InlineData("v2/endpoint-otp.request.json", "v2/endpoint-patch.request.schema.json", "reference", "\"FIEE-3790-3415\"", ValidationErrorKind.PatternMismatch, "#/reference")]
    [InlineData("v2/endpoint-otp.request.json", "v2/endpoint-patch.request.schema.json", "reference", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/reference")]
    [InlineData("v2/info.request.json", "v2/info.request.schema.json", "stop_deferred", "\"yes\"", ValidationErrorKind.BooleanExpected, "#/stop_deferred")]
    [InlineData("v2/info.request.json", "v2/info.request.schema.json", "subject", "\"x\"", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/subject")]
    [InlineData("v2/info.response.json", "v2/info.response.schema.json", "info", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/info")]
    [InlineData("v2/building-otp.response.json", "v2/building.schema.json", "stairs_with_otp_ref.NA^1.0[1]", "\"FI-64016327\"", ValidationErrorKind.PatternMismatch, "#/stairs_with_otp_ref.NA^1.0[1]")]
    [InlineData("v2/building-stairs.response.json", "v2/building.schema.json", "stairs.NA^1", "\"0\"", ValidationErrorKind.ArrayExpected, "#/stairs.NA^1")]
    // events
    [InlineData("events/event.json", "events/event.schema.json", "type", "\"order-shipped\"", ValidationErrorKind.NotInEnumeration, "#/type")]
    [InlineData("events/event.json", "events/event.schema.json", "model", "\"order\"", ValidationErrorKind.NotInEnumeration, "#/model")]
    [InlineData("events/event.json", "events/event.schema.json", "object_type", "\"service\"", ValidationErrorKind.NotInEnumeration, "#/object_type")]
    [InlineData("events/event.json", "events/event.schema.json", "event_uuid", "\"3CPKP1F1\"", ValidationErrorKind.PatternMismatch, "#/event_uuid")]
    [InlineData("events/event.json", "events/event.schema.json", "event_date", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/event_date")]
    [InlineData("events/event.json", "events/event.schema.json", "data", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/data")]
    [InlineData("events/event.json", "events/event.schema.json", "data", "{\"message\":\"x\"}", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/data.message")]
    [InlineData("events/event.json", "events/event.schema.json", "sort_value", "\"WyIy\"", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/sort_value")]
    [InlineData("events/list-by-object.response.json", "events/event-list.schema.json", "[1].sort_value", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/[1].sort_value")]
    [InlineData("events/list-by-object.response.json", "events/event-list.schema.json", "[0].creation_date", "\"2017-05-09T15:57:59,311887\"", ValidationErrorKind.PatternMismatch, "#/[0].creation_date")]
    [InlineData("events/list-by-object.response.json", "events/event-list.schema.json", "[1].data", "{\"kosc_order_ref\":\"O17033_12004\"}", ValidationErrorKind.PatternMismatch, "#/[1].data.kosc_order_ref")]
    // error envelope and empty answers
    [InlineData("common/error.json", "common/error.schema.json", "apirequest_uuid", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/apirequest_uuid")]
    [InlineData("common/error.json", "common/error.schema.json", "apirequest_uuid", "\"8178cd36-9207-4f86-a932-caaebba14381\"", ValidationErrorKind.PatternMismatch, "#/apirequest_uuid")]
    [InlineData("common/error.json", "common/error.schema.json", "error", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/error")]
    [InlineData("common/error.json", "common/error.schema.json", "details[0].errors", "\"UPD-DRAFT-ONLY\"", ValidationErrorKind.ArrayExpected, "#/details[0].errors")]
    [InlineData("common/error.json", "common/error.schema.json", "details[0].field", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/details[0].field")]
    [InlineData("common/error.json", "common/error.schema.json", "status", "400", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/status")]
    [InlineData("v1/delete.response.json", "common/empty-object.schema.json", "deleted", "true", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/deleted")]
    // v1
    [InlineData("v1/create.response.json", "v1/order.schema.json", "model", "\"event\"", ValidationErrorKind.NotInEnumeration, "#/model")]
    [InlineData("v1/create.response.json", "v1/order.schema.json", "alias", "\"O170516-21000\"", ValidationErrorKind.PatternMismatch, "#/alias")]
    [InlineData("v1/create.response.json", "v1/order.schema.json", "order_uuid", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/order_uuid")]
    [InlineData("v1/create.response.json", "v1/order.schema.json", "batch_alias", "\"B17051_21000\"", ValidationErrorKind.PatternMismatch, "#/batch_alias")]
    [InlineData("v1/create.response.json", "v1/order.schema.json", "origin", "\"manual\"", ValidationErrorKind.NotInEnumeration, "#/origin")]
    [InlineData("v1/create.response.json", "v1/order.schema.json", "status", "\"open\"", ValidationErrorKind.NotInEnumeration, "#/status")]
    [InlineData("v1/create.response.json", "v1/order.schema.json", "bounds", "[]", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/bounds")]
    [InlineData("v1/create.response.json", "v1/order.schema.json", "contacts.operator.name", "\"x\"", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/contacts.operator.name")]
    [InlineData("v1/create.response.json", "v1/order.schema.json", "endpoints[0].endpoint_ref", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/endpoints[0].endpoint_ref")]
    [InlineData("v1/create.response.json", "v1/order.schema.json", "owner.type", "\"company\"", ValidationErrorKind.NotInEnumeration, "#/owner.type")]
    [InlineData("v1/create.request.json", "v1/order-create.request.schema.json", "activation_type", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/activation_type")]
    [InlineData("v1/create.request.json", "v1/order-create.request.schema.json", "activation_info.mandate", "\"1\"", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/activation_info.mandate")]
    [InlineData("v1/create.request.json", "v1/order-create.request.schema.json", "type", JsonEdit.Remove, ValidationErrorKind.PropertyRequired, "#/type")]
    public void Validate_BrokenCopy_FailsAtTheBrokenPlace(string example, string schema, string path, string value, ValidationErrorKind kind, string errorPath)
    {
        var broken = JsonEdit.Apply(SchemaFolder.ExampleNode(example), path, value);

        var errors = SchemaFolder.Validate(schema, broken);

        Assert.True(errors.Any(e => e.Kind == kind && e.Path == errorPath), $"expected {kind} {errorPath}, got: {SchemaFolder.Describe(errors)}");
    }

    [Theory]
    [InlineData(Copper, "completed", "completion_date")]
    [InlineData(Copper, "cancelled", "cancellation_date")]
    [InlineData(Copper, "rejected", "rejection_date")]
    [InlineData(Copper, "acknowledged", "submission_date")]
    public void Validate_StatusWithoutItsDate_FailsNamingTheDate(string example, string status, string date)
    {
        var order = JsonEdit.Apply(SchemaFolder.ExampleNode(example), "status", $"\"{status}\"");

        var errors = SchemaFolder.Validate(Order, order);

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.PropertyRequired && e.Path == "#/" + date);
    }

    [Fact]
    public void Validate_CompletedOrderWithItsDates_HasNoError()
    {
        var order = SchemaFolder.ExampleNode(Copper);
        order["status"] = "completed";
        order["submission_date"] = "2019-10-16T10:00:00.000000Z";
        order["completion_date"] = "2019-10-20T10:00:00.000000Z";
        order["service_uuid"] = "38873eab-b099-4095-9042-91dfd896e225";
        order["service_ref"] = "S191128_21428";

        var errors = SchemaFolder.Validate(Order, order);

        Assert.True(errors.Count == 0, SchemaFolder.Describe(errors));
    }

    [Fact]
    public void Validate_CompletedActivateOrderWithoutService_FailsNamingServiceUuid()
    {
        var order = SchemaFolder.ExampleNode(Copper);
        order["status"] = "completed";
        order["submission_date"] = "2019-10-16T10:00:00.000000Z";
        order["completion_date"] = "2019-10-20T10:00:00.000000Z";

        var errors = SchemaFolder.Validate(Order, order);

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.PropertyRequired && e.Path == "#/service_uuid");
    }
}
