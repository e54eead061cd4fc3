using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Covage.Conformance.Drivers;
using Covage.Conformance.Http;
using Covage.Conformance.Reports;
using Reqnroll;

namespace Covage.Conformance.Steps;

/// <summary>What the last answer shows: status, error envelope, fields, headers.</summary>
[Binding]
internal sealed class ResponseSteps(ScenarioState state, Placeholders placeholders)
{
    private ApiExchange Last => state.Last ?? throw new InvalidOperationException("no request was sent in this scenario yet");

    [Then("the request is accepted")]
    public void Accepted() => ResponseChecks.Status(state.RuleId, Last, 200);

    [Then("the response status is {int}")]
    public void StatusIs(int status) => ResponseChecks.Status(state.RuleId, Last, status);

    [Then("the request is refused with status {int}")]
    public void RefusedWith(int status) => ResponseChecks.Refused(state.RuleId, Last, status);

    [Then("the request is refused with status {int} naming the field {string}")]
    public void RefusedNaming(int status, string field)
    {
        ResponseChecks.Refused(state.RuleId, Last, status);
        ResponseChecks.NamesField(state.RuleId, Last, field);
    }

    [Then("the request is refused with a client error")]
    public void RefusedClientError() => ResponseChecks.Refused(state.RuleId, Last, null);

    [Then("the request is refused with a client error naming the field {string}")]
    public void RefusedClientErrorNaming(string field)
    {
        ResponseChecks.Refused(state.RuleId, Last, null);
        ResponseChecks.NamesField(state.RuleId, Last, field);
    }

    [Then("the error details name the fields:")]
    public void NamesFields(DataTable table)
    {
        var missing = table.Rows.Select(r => r[0]).Where(f => !ErrorEnvelope.Names(Last.Json, f)).ToList();
        if (missing.Count > 0)
        {
            throw Failures.Mismatch(state.RuleId, "the error details must name every offending field", string.Join(", ", missing) + " (among others)",
                string.Join(", ", ErrorEnvelope.Fields(Last.Json)), "$.details[*].field", Last);
        }
    }

    [Then("the error message is {string}")]
    public void ErrorMessage(string expected) => FieldIs("error", expected);

    [Then("the answer is in the error envelope")]
    public void InEnvelope() => ResponseChecks.Envelope(state.RuleId, Last);

    [Then("the response field {string} is {string}")]
    public void FieldIs(string path, string expected)
    {
        var wanted = TextValue.Decode(placeholders.Fill(expected));
        var found = JsonPaths.TryGet(Last.Json, path, out var actual);
        if (!found || JsonPaths.Show(actual) != wanted)
        {
            throw Failures.Mismatch(state.RuleId, $"the answer's {path}", wanted, found ? JsonPaths.Show(actual) : "(absent)", "$." + path, Last);
        }
    }

    [Then("the response field {string} matches {string}")]
    public void FieldMatches(string path, string pattern)
    {
        var actual = JsonPaths.Get(Last.Json, path);
        if (actual is not JsonValue v || !v.TryGetValue<string>(out var text) || !Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant))
        {
            throw Failures.Mismatch(state.RuleId, $"the answer's {path} must match {pattern}", pattern, JsonPaths.Show(actual), "$." + path, Last);
        }
    }

    [Then("the response field {string} is one of {string}")]
    public void FieldOneOf(string path, string list)
    {
        var allowed = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var actual = JsonPaths.Show(JsonPaths.Get(Last.Json, path));
        if (!allowed.Contains(actual))
        {
            throw Failures.Mismatch(state.RuleId, $"the answer's {path}", "one of " + list, actual, "$." + path, Last);
        }
    }

    [Then("the response reference carries the creation date")]
    public void ReferenceDate()
    {
        var reference = JsonPaths.Show(JsonPaths.Get(Last.Json, "reference"));
        var created = ResponseChecks.ParseDate(JsonPaths.Show(JsonPaths.Get(Last.Json, "creation_date"))).UtcDateTime;
        var expected = "O" + created.ToString("yyMMdd", CultureInfo.InvariantCulture) + "_";
        if (!reference.StartsWith(expected, StringComparison.Ordinal))
        {
            throw Failures.Mismatch(state.RuleId, "the reference OYYMMDD_XXXXX must carry the creation date", expected + "XXXXX", reference, "$.reference", Last);
        }
    }

    [Then("the response field {string} contains {string}")]
    public void FieldContains(string path, string expected)
    {
        var wanted = TextValue.Decode(placeholders.Fill(expected));
        var actual = JsonPaths.Get(Last.Json, path);
        if (actual is not JsonArray list || !list.Any(item => JsonPaths.Show(item) == wanted))
        {
            throw Failures.Mismatch(state.RuleId, $"the answer's {path} must list {wanted}", $"a list holding {wanted}", JsonPaths.Show(actual), "$." + path, Last);
        }
    }

    [Then("the response field {string} is a date")]
    public void FieldDate(string path) => ResponseChecks.IsDate(state.RuleId, Last.Json, path, Last);

    [Then("the response field {string} is present")]
    public void FieldPresent(string path)
    {
        if (JsonPaths.Get(Last.Json, path) is null)
        {
            throw Failures.Mismatch(state.RuleId, $"the answer must carry {path}", "a value", "(absent or null)", "$." + path, Last);
        }
    }

    [Then("the response field {string} is null or absent")]
    public void FieldNull(string path)
    {
        if (JsonPaths.Get(Last.Json, path) is { } value)
        {
            throw Failures.Mismatch(state.RuleId, $"the answer's {path} must not be set", "null or absent", JsonPaths.Show(value), "$." + path, Last);
        }
    }

    [Then("the response body is the JSON {string}")]
    public void BodyIs(string json)
    {
        var expected = JsonNode.Parse(json);
        if (!JsonNode.DeepEquals(expected, Last.Json))
        {
            throw Failures.Mismatch(state.RuleId, "the answer's body", expected?.ToJsonString(ReportJson.Compact) ?? "null", Last.Body, "$", Last);
        }
    }

    [Then("the response header {string} is {string}")]
    public void HeaderIs(string name, string expected)
    {
        var actual = Last.Header(name);
        if (actual != placeholders.Fill(expected))
        {
            throw Failures.Mismatch(state.RuleId, $"the {name} header", expected, actual ?? "(absent)", "header " + name, Last);
        }
    }

    [Then("the response header {string} is a number of seconds between {int} and {int}")]
    public void HeaderSeconds(string name, int low, int high)
    {
        var actual = Last.Header(name);
        if (!int.TryParse(actual, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds < low || seconds > high)
        {
            throw Failures.Mismatch(state.RuleId, $"the {name} header must give the wait in seconds", $"{low}..{high}", actual ?? "(absent)", "header " + name, Last);
        }
    }

    [Then("the response is a list of {int} item(s)")]
    public void ListCount(int count)
    {
        if (Last.Json is not JsonArray list || list.Count != count)
        {
            throw Failures.Mismatch(state.RuleId, "the answer's list", $"{count} item(s)", Last.Json is JsonArray l ? $"{l.Count} item(s)" : Last.Body, "$", Last);
        }
    }
}
