using System.Text.Json.Nodes;
using NJsonSchema.Validation;

namespace Covage.Conformance.Tests.SchemaFiles;

/// <summary>EVT-DATA: the data of each event type, checked by the event schema itself (anyOf[{type: not X}, shape]).</summary>
public sealed class EventDataTests
{
    [Theory]
    [InlineData("order-submitted", "events/data/order-submitted.json")]
    [InlineData("order-rejected", "events/data/order-rejected.json")]
    [InlineData("order-cancelled", "events/data/order-cancelled.json")]
    [InlineData("order-appointment-agreed", "events/data/order-appointment-agreed.repaired.json")]
    [InlineData("order-localloop-desaturation-planned", "events/data/order-localloop-desaturation-planned.json")]
    [InlineData("order-info", "events/data/order-info.json")]
    [InlineData("order-info", "events/data/order-info-stop-deferred.json")]
    [InlineData("order-information-from-provider", "events/data/order-information-from-provider.json")]
    [InlineData("order-on-site-intervention-succeeded", "events/data/order-on-site-intervention-succeeded.json")]
    [InlineData("order-on-site-intervention-failed", "events/data/order-on-site-intervention-failed.json")]
    [InlineData("order-appointment-deferred", "events/data/order-appointment-deferred.json")]
    public void Validate_PageDataExampleInAnEventOfItsType_HasNoError(string type, string dataExample)
    {
        var errors = SchemaFolder.Validate("events/event.schema.json", Event(type, SchemaFolder.ExampleNode(dataExample)));

        Assert.True(errors.Count == 0, SchemaFolder.Describe(errors));
    }

    [Theory]
    [InlineData("order-completed", "{\"endpoints\":[{\"uuid\":\"6b9dc5a5-5a21-436e-a6f5-41f2dab96d75\",\"reference\":\"0417101993\"}],\"service_uuid\":\"38873eab-b099-4095-9042-91dfd896e225\",\"service_alias\":\"S191128_21428\"}")]
    [InlineData("order-appointment-agreed", "{\"start_date\":\"2017-04-22T10:12:00.459593Z\",\"end_date\":null}")]
    [InlineData("order-submitted", "null")]
    [InlineData("order-acknowledged", "null")]
    [InlineData("order-acknowledged", "{}")]
    [InlineData("order-sensibleaccess", "null")]
    [InlineData("order-localloop-desaturation-quote-accepted", "{}")]
    [InlineData("service-activated", "null")]
    [InlineData("service-slammed", "{}")]
    public void Validate_DocumentedDataShape_HasNoError(string type, string data)
    {
        var objectType = type.StartsWith("service-", StringComparison.Ordinal) ? "service" : "order";

        var errors = SchemaFolder.Validate("events/event.schema.json", Event(type, JsonNode.Parse(data), objectType));

        Assert.True(errors.Count == 0, SchemaFolder.Describe(errors));
    }

    [Theory]
    [InlineData("order-submitted", "{}", ValidationErrorKind.PropertyRequired, "#/data.kosc_order_ref")]
    [InlineData("order-submitted", "{\"kosc_order_ref\":\"170331_12004\"}", ValidationErrorKind.PatternMismatch, "#/data.kosc_order_ref")]
    [InlineData("order-rejected", "{\"reject_reason\":\"ar_ko\",\"reject_subcode\":\"CLI003\",\"reject_description\":null}", ValidationErrorKind.PropertyRequired, "#/data.reject_code")]
    [InlineData("order-rejected", "null", ValidationErrorKind.ObjectExpected, "#/data")]
    [InlineData("order-rejected", "{\"reject_reason\":\"ar_ko\",\"reject_code\":1,\"reject_subcode\":\"CLI003\",\"reject_description\":null}", ValidationErrorKind.StringExpected, "#/data.reject_code")]
    [InlineData("order-cancelled", "{}", ValidationErrorKind.PropertyRequired, "#/data.reason")]
    [InlineData("order-completed", "{\"endpoints\":[],\"service_alias\":\"S191128_21428\"}", ValidationErrorKind.PropertyRequired, "#/data.service_uuid")]
    [InlineData("order-appointment-agreed", "{\"start_date\":\"2017-04-22T10:12:00 AM.459593\",\"end_date\":null}", ValidationErrorKind.PatternMismatch, "#/data.start_date")]
    [InlineData("order-appointment-agreed", "{\"start_date\":\"2017-04-22T10:12:00.459593\"}", ValidationErrorKind.PropertyRequired, "#/data.end_date")]
    [InlineData("order-localloop-desaturation-planned", "{}", ValidationErrorKind.PropertyRequired, "#/data.desaturation_type")]
    [InlineData("order-info", "{\"message\":\"x\",\"stop_deferred\":\"yes\"}", ValidationErrorKind.BooleanExpected, "#/data.stop_deferred")]
    [InlineData("order-info", "{\"text\":\"x\"}", ValidationErrorKind.PropertyRequired, "#/data.message")]
    [InlineData("order-information-from-provider", "{\"message\":\"x\"}", ValidationErrorKind.PropertyRequired, "#/data.description")]
    [InlineData("order-on-site-intervention-failed", "{\"message\":\"x\",\"code\":\"y\"}", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/data.code")]
    [InlineData("order-appointment-deferred", "null", ValidationErrorKind.ObjectExpected, "#/data")]
    [InlineData("order-running", "{\"message\":\"x\"}", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/data.message")]
    [InlineData("order-running", "[]", ValidationErrorKind.NoTypeValidates, "#/data")]
    public void Validate_DataThatDoesNotFitItsType_FailsInsideData(string type, string data, ValidationErrorKind kind, string errorPath)
    {
        var errors = SchemaFolder.Validate("events/event.schema.json", Event(type, JsonNode.Parse(data)));

        Assert.True(errors.Any(e => e.Kind == kind && e.Path == errorPath), $"expected {kind} {errorPath}, got: {SchemaFolder.Describe(errors)}");
    }

    [Fact]
    public void Validate_ServiceEventAboutAnOrder_FailsOnObjectType()
    {
        var errors = SchemaFolder.Validate("events/event.schema.json", Event("service-terminated", null, "order"));

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.NotInEnumeration && e.Path == "#/object_type");
    }

    [Fact]
    public void Validate_AppointmentAgreedAsPublished_FailsOnBothDamagedDates()
    {
        var errors = SchemaFolder.Validate("events/event.schema.json",
            Event("order-appointment-agreed", SchemaFolder.ExampleNode("events/data/order-appointment-agreed.as-published.json")));

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.PatternMismatch && e.Path == "#/data.start_date");
        Assert.Contains(errors, e => e.Path == "#/data.end_date");
    }

    private static JsonNode Event(string type, JsonNode? data, string objectType = "order")
    {
        var node = SchemaFolder.ExampleNode("events/event.json");
        node["type"] = type;
        node["object_type"] = objectType;
        node["data"] = data;
        return node;
    }
}
