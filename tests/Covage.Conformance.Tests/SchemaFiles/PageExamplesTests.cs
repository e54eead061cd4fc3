using NJsonSchema.Validation;

namespace Covage.Conformance.Tests.SchemaFiles;

/// <summary>Every example payload of the published pages passes the schema of its endpoint.</summary>
public sealed class PageExamplesTests
{
    [Theory]
    [InlineData("v2/create-copper.request.json", "v2/order-create.request.schema.json")]
    [InlineData("v2/create-copper.response.json", "v2/order.schema.json")]
    [InlineData("v2/create-fiber.request.json", "v2/order-create.request.schema.json")]
    [InlineData("v2/create-fiber.response.json", "v2/order.schema.json")]
    [InlineData("v2/create-fp05-second-rdv.request.json", "v2/order-create.request.schema.json")]
    [InlineData("v2/create-fp05-second-address.request.json", "v2/order-create.request.schema.json")]
    [InlineData("v2/create-terminate.request.json", "v2/order-create.request.schema.json")]
    [InlineData("v2/create-terminate.response.json", "v2/order.schema.json")]
    [InlineData("v2/modify.request.json", "v2/order-patch.request.schema.json")]
    [InlineData("v2/modify.response.json", "v2/order.schema.json")]
    [InlineData("v2/submit.request.json", "v2/order-patch.request.schema.json")]
    [InlineData("v2/bound-stairs.request.json", "v2/bound-patch.request.schema.json")]
    [InlineData("v2/bound-stairs.response.json", "v2/bound.schema.json")]
    [InlineData("v2/bound-street-number.request.json", "v2/bound-patch.request.schema.json")]
    [InlineData("v2/endpoint-otp.request.json", "v2/endpoint-patch.request.schema.json")]
    [InlineData("v2/endpoint-otp.response.json", "v2/endpoint.schema.json")]
    [InlineData("v2/building-stairs.response.json", "v2/building.schema.json")]
    [InlineData("v2/building-otp.response.json", "v2/building.schema.json")]
    [InlineData("v2/info.request.json", "v2/info.request.schema.json")]
    [InlineData("v2/info-stop-deferred.request.json", "v2/info.request.schema.json")]
    [InlineData("v2/info-stop-deferred-events-page.request.json", "v2/info.request.schema.json")]
    [InlineData("v2/info.response.json", "v2/info.response.schema.json")]
    [InlineData("events/event.json", "events/event.schema.json")]
    [InlineData("events/event-get.response.json", "events/event.schema.json")]
    [InlineData("events/list-sorted.repaired.response.json", "events/event-list.schema.json")]
    [InlineData("events/list-by-object.response.json", "events/event-list.schema.json")]
    [InlineData("v1/create.request.json", "v1/order-create.request.schema.json")]
    [InlineData("v1/create.response.json", "v1/order.schema.json")]
    [InlineData("v1/delete.response.json", "common/empty-object.schema.json")]
    [InlineData("v1/submit.response.json", "common/empty-object.schema.json")]
    [InlineData("v1/product.json", "v1/product.schema.json")]
    [InlineData("v1/product-code.request.json", "v2/product.request.schema.json")]
    [InlineData("v1/contacts-operator.json", "v1/contacts.schema.json")]
    [InlineData("v1/contacts-owner.json", "v2/contact.schema.json")]
    [InlineData("v1/endpoint-ref.json", "v1/endpoint-ref.schema.json")]
    [InlineData("v1/pop.json", "v1/order-fields.schema.json")]
    // The error envelope as the Errors page (summarised in RULES.md) gives it, with and without details.
    [InlineData("common/error.json", "common/error.schema.json")]
    [InlineData("common/error-without-details.json", "common/error.schema.json")]
    public void Validate_PageExample_HasNoError(string example, string schema)
    {
        var errors = SchemaFolder.Validate(schema, SchemaFolder.Example(example));

        Assert.True(errors.Count == 0, SchemaFolder.Describe(errors));
    }

    [Fact]
    public void Validate_EventListAsPublished_FailsOnlyOnTheDamagedDate()
    {
        // The page prints "2017-05-09T16:1:04 AM.637766"; its own sort_value decodes to 16:01:04.637766.
        var errors = SchemaFolder.Validate("events/event-list.schema.json", SchemaFolder.Example("events/list-sorted.as-published.response.json"));

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("#/[1].event_date", e.Path));
        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.PatternMismatch);
    }

    [Fact]
    public void Validate_SubmitAnswerAbbreviatedByThePage_FailsOnlyOnTheFieldsThePageLeftOut()
    {
        // The page says "the majority of fields have been omitted for brevity"; what it shows is valid.
        var errors = SchemaFolder.Validate("v2/order.schema.json", SchemaFolder.Example("v2/submit.response.json"));

        var missing = errors.Where(e => e.Kind == ValidationErrorKind.PropertyRequired).Select(e => e.Property).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["bounds", "creation_date", "end_customer", "information", "modification_date", "operator_info", "options", "product", "submission_date", "updated_status_date"],
            missing);
        Assert.DoesNotContain(errors, e => e.Kind is ValidationErrorKind.PatternMismatch or ValidationErrorKind.NotInEnumeration && e.Path != "#/status");
    }
}
