using Covage.Conformance.Http;

namespace Covage.Conformance;

/// <summary>
/// A conformance failure: which rule, what was expected, what was seen and where, with the exchange
/// that showed it. Its message is what the reports print.
/// </summary>
internal sealed class ConformanceException : Exception
{
    public ConformanceException(string ruleId, string message, ApiExchange? exchange = null)
        : base(Format(ruleId, message, exchange))
    {
        RuleId = ruleId;
        Exchange = exchange;
    }

    public ConformanceException()
        : this("KIT", "conformance failure")
    {
    }

    public ConformanceException(string message)
        : this("KIT", message)
    {
    }

    public ConformanceException(string message, Exception innerException)
        : base(message, innerException) => RuleId = "KIT";

    public string RuleId { get; }

    public ApiExchange? Exchange { get; }

    private static string Format(string ruleId, string message, ApiExchange? exchange)
    {
        var text = $"[{ruleId}] {message}";
        return exchange is null ? text : $"{text}{Environment.NewLine}{exchange.Describe()}";
    }
}
