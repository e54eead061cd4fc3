using Covage.Conformance.Http;

namespace Covage.Conformance.Drivers;

/// <summary>Builds the kit's failures: the rule, what was expected, what was seen, where, and the exchange.</summary>
internal static class Failures
{
    public static ConformanceException Mismatch(string rule, string what, string expected, string actual, string at, ApiExchange? exchange) =>
        new(rule, $"{what}{Environment.NewLine}    expected: {expected}{Environment.NewLine}    actual:   {actual}{Environment.NewLine}    at:       {at}", exchange);

    public static ConformanceException Control(string rule, string what, string expected, ControlAnswer answer) =>
        new(rule, $"{what}{Environment.NewLine}    expected: {expected}{Environment.NewLine}    actual:   {answer.Status}{Environment.NewLine}{answer.Describe()}");
}
