using Covage.Conformance.PactVerification;

namespace Covage.Conformance.Tests.Pact;

public sealed class ProviderAnswerTests
{
    [Fact]
    public void Lines_ErrorEnvelope_ErrorThenEachFieldMessage()
    {
        var body = """{"apirequest_uuid":"KOSC_x","error":"Invalid input","details":[{"field":"operator_info.order_ref","errors":["UPD-OPERATOR-REF-UNIQUE: taken.","SUB-REQUIRED-FIELDS: empty."]}]}""";

        var lines = ProviderAnswer.Lines(new RecordedExchange(400, "application/json", body));

        Assert.Equal(["the provider answered 400: Invalid input", "  operator_info.order_ref: UPD-OPERATOR-REF-UNIQUE: taken.", "  operator_info.order_ref: SUB-REQUIRED-FIELDS: empty."], lines);
    }

    [Fact]
    public void Lines_NotAnEnvelope_TheStartOfTheBodyOnOneLine()
    {
        var body = "<html>\n<body>Bad gateway</body>\n</html>" + new string('x', 400);

        var lines = ProviderAnswer.Lines(new RecordedExchange(502, "text/html", body));

        var line = Assert.Single(lines);
        Assert.StartsWith("the provider answered 502: <html> <body>Bad gateway</body>", line, StringComparison.Ordinal);
        Assert.EndsWith("…", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_EmptyBody_SaysSo()
    {
        var lines = ProviderAnswer.Lines(new RecordedExchange(500, null, ""));

        Assert.Equal(["the provider answered 500 with an empty body"], lines);
    }
}
