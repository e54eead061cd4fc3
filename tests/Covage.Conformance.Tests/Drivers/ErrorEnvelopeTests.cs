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
        Assert.Contains(ErrorEnvelope.Problems(JsonNode.Parse(body)), p => p.StartsWith(path, StringComparison.Ordinal));

    [Fact]
    public void Problems_NotJson_OneProblem() => Assert.Single(ErrorEnvelope.Problems(null));

    [Theory]
    [InlineData("address.stairs", true)]
    [InlineData("bounds[0].address.stairs", true)]
    [InlineData("end_customer.contact.email", true)]
    [InlineData("end_customer", true)]
    [InlineData("stairs", true)]
    [InlineData("end_customer.name", false)]
    [InlineData("address", false)]
    public void Names_Field_MatchesExactSuffixOrParent(string field, bool expected) =>
        Assert.Equal(expected, ErrorEnvelope.Names(JsonNode.Parse(Valid), field));

    [Fact]
    public void Normalize_BracketNotation_BecomesDots() =>
        Assert.Equal("end_customer.contact.email", ErrorEnvelope.Normalize("end_customer[contact][email]"));
}
