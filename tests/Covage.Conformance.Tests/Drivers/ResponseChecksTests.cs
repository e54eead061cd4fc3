using Covage.Conformance.Drivers;

namespace Covage.Conformance.Tests.Drivers;

public class ResponseChecksTests
{
    private const string Envelope = """
        {"apirequest_uuid": "KOSC_2e4c08a6-17a7-4ed5-97ca-6425301cd96d", "error": "Invalid input",
         "details": [{"field": "end_customer.type", "errors": ["ORD-TYPE: \"x\" is not a valid choice."]}]}
        """;

    [Fact]
    public void Refused_AcceptedInstead_ReportsTheStatusAndTheFieldAtOnce()
    {
        var error = Assert.Throws<ConformanceException>(() =>
            ResponseChecks.Refused("ORD-TYPE", DriverTestData.Exchange(200, """{"uuid": "a", "type": "x"}"""), [400], ["type"]));

        Assert.StartsWith("[ORD-TYPE] the request must be refused: status: expected 400, got 200 (and 1 more); the provider answered 200", error.Message, StringComparison.Ordinal);
        Assert.Contains("    - $.details[*].field: expected a detail naming type, got (no field named)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refused_WrongStatusBrokenEnvelopeAndOtherField_ReportsAllThree()
    {
        var body = """{"error": "Invalid input", "details": [{"field": "end_customer.type", "errors": ["ORD-TYPE: bad"]}]}""";

        var error = Assert.Throws<ConformanceException>(() => ResponseChecks.Refused("ORD-TYPE", DriverTestData.Exchange(409, body), [400], ["type"]));

        Assert.Contains("    - status: expected 400, got 409", error.Message, StringComparison.Ordinal);
        Assert.Contains("    - $.apirequest_uuid (ERR-ENVELOPE): expected \"KOSC_<uuid>\", got null", error.Message, StringComparison.Ordinal);
        Assert.Contains("    - $.details[*].field: expected a detail naming type, got end_customer.type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refused_StatusDiffers_FirstLineShowsTheProvidersErrorAndDetailsWithRuleIds()
    {
        var error = Assert.Throws<ConformanceException>(() => ResponseChecks.Refused("ORD-TYPE", DriverTestData.Exchange(409, Envelope), [400], ["end_customer.type"]));

        var firstLine = error.Message.Split('\n')[0];
        Assert.Equal("[ORD-TYPE] the request must be refused: status: expected 400, got 409; the provider answered 409 \"Invalid input\" [end_customer.type: ORD-TYPE: \"x\" is not a valid choice.]", firstLine.TrimEnd('\r'));
    }

    [Theory]
    [InlineData(415)]
    [InlineData(400)]
    public void Refused_EitherAllowedStatus_Passes(int status) =>
        ResponseChecks.Refused("ERR-ENVELOPE", DriverTestData.Exchange(status, Envelope), [415, 400]);

    [Fact]
    public void Refused_ExactFieldNamed_Passes() =>
        ResponseChecks.Refused("ORD-TYPE", DriverTestData.Exchange(400, Envelope), [400], ["end_customer.type"]);

    [Fact]
    public void Refused_AnyClientErrorAnd500_ReportsTheStatus()
    {
        var error = Assert.Throws<ConformanceException>(() => ResponseChecks.Refused("UPD-DRAFT-ONLY", DriverTestData.Exchange(500, Envelope), []));

        Assert.StartsWith("[UPD-DRAFT-ONLY] the request must be refused: status: expected a 4xx client error, got 500;", error.Message, StringComparison.Ordinal);
    }
}
