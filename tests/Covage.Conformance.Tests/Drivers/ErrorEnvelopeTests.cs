using System.Text.Json.Nodes;
using Covage.Conformance.Drivers;

namespace Covage.Conformance.Tests.Drivers;

public class ErrorEnvelopeTests
{
    private const string Valid = """
        {"apirequest_uuid": "KOSC_2e4c08a6-17a7-4ed5-97ca-6425301cd96d", "error": "Invalid input",
         "details": [{"field": "bounds[0].address.stairs", "errors": ["bad"]}, {"field": "end_customer[contact][email]", "errors": ["bad"]}]}
        """;

    [Fact]
    public void Problems_ValidEnvelope_None() => Assert.Empty(ErrorEnvelope.Problems(JsonNode.Parse(Valid)));

    [Fact]
    public void Problems_NullDetails_None() =>
        Assert.Empty(ErrorEnvelope.Problems(JsonNode.Parse("""{"apirequest_uuid": "KOSC_2e4c08a6-17a7-4ed5-97ca-6425301cd96d", "error": "Not found", "details": null}""")));

    [Theory]
    [InlineData("""{"error": "x", "details": null}""", "$.apirequest_uuid")]
    [InlineData("""{"apirequest_uuid": "2e4c08a6-17a7-4ed5-97ca-6425301cd96d", "error": "x", "details": null}""", "$.apirequest_uuid")]
    [InlineData("""{"apirequest_uuid": "KOSC_2e4c08a6-17a7-4ed5-97ca-6425301cd96d", "error": "", "details": null}""", "$.error")]
    [InlineData("""{"apirequest_uuid": "KOSC_2e4c08a6-17a7-4ed5-97ca-6425301cd96d", "error": "x"}""", "$.details")]
    [InlineData("""{"apirequest_uuid": "KOSC_2e4c08a6-17a7-4ed5-97ca-6425301cd96d", "error": "x", "details": [{"field": 1, "errors": []}]}""", "$.details[0]")]
    [InlineData("""{"apirequest_uuid": "KOSC_2e4c08a6-17a7-4ed5-97ca-6425301cd96d", "error": "x", "details": {"field": "a"}}""", "$.details")]
    public void Problems_BrokenEnvelope_NamesThePath(string body, string path) =>
        Assert.Contains(ErrorEnvelope.Problems(JsonNode.Parse(body)), p => p.At == path);

    [Fact]
    public void Problems_NotJson_OneProblem() => Assert.Single(ErrorEnvelope.Problems(null));

    [Theory]
    [InlineData("bounds[0].address.stairs", true)]
    [InlineData("address.stairs", true)]
    [InlineData("end_customer.contact.email", true)]
    [InlineData("end_customer[contact][email]", true)]
    [InlineData("end_customer", false)]
    [InlineData("contact.email", false)]
    [InlineData("email", false)]
    [InlineData("stairs", false)]
    [InlineData("bounds", false)]
    [InlineData("end_customer.name", false)]
    [InlineData("address", false)]
    public void Names_Field_MatchesTheWholePathOrBehindArrayItemsOnly(string field, bool expected) =>
        Assert.Equal(expected, ErrorEnvelope.Names(JsonNode.Parse(Valid), field));

    [Theory]
    [InlineData("end_customer.type", "type")]
    [InlineData("product.code", "product")]
    [InlineData("options.free_lunch.enabled", "options.free_lunch")]
    public void Names_AnotherFieldEndingOrStartingLikeTheExpectedOne_DoesNotName(string named, string expected) =>
        Assert.False(ErrorEnvelope.Names(JsonNode.Parse($$"""{"details": [{"field": "{{named}}", "errors": ["x"]}]}"""), expected));

    [Fact]
    public void Names_SeveralArrayItemsInFront_Names() =>
        Assert.True(ErrorEnvelope.Names(JsonNode.Parse("""{"details": [{"field": "bounds[1].endpoints[0].reference", "errors": ["x"]}]}"""), "reference"));

    [Fact]
    public void Normalize_BracketNotation_BecomesDots() =>
        Assert.Equal("end_customer.contact.email", ErrorEnvelope.Normalize("end_customer[contact][email]"));
}
