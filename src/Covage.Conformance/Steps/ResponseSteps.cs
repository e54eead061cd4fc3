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
    public void RefusedWith(int status) => ResponseChecks.Refused(state.RuleId, Last, [status]);

    [Then("the request is refused with status {int} or {int}")]
    public void RefusedWithEither(int status, int other) => ResponseChecks.Refused(state.RuleId, Last, [status, other]);

    [Then("the request is refused with status {int} naming the field {string}")]
    public void RefusedNaming(int status, string field) => ResponseChecks.Refused(state.RuleId, Last, [status], [field]);

    [Then("the request is refused with status {int} naming the field {string} or {string}")]
    public void RefusedNamingEither(int status, string field, string other)
    {
        // The pages allow either path: whichever the provider names will do.
        var named = ErrorEnvelope.Names(Last.Json, other) ? other : field;
        ResponseChecks.Refused(state.RuleId, Last, [status], [named]);
    }

    [Then("the request is refused with status {int} naming the fields:")]
    public void RefusedNamingAll(int status, DataTable table) => ResponseChecks.Refused(state.RuleId, Last, [status], Column(table));

    [Then("the request is refused with a client error")]
    public void RefusedClientError() => ResponseChecks.Refused(state.RuleId, Last, []);

    [Then("the request is refused with a client error naming the field {string}")]
    public void RefusedClientErrorNaming(string field) => ResponseChecks.Refused(state.RuleId, Last, [], [field]);

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

    [Then("the response field {string} is order {word}'s {string}")]
    public void FieldIsOrders(string path, string name, string orderPath)
    {
        var order = state.Peek(name);
        var expected = JsonPaths.Get(order.Snapshot, orderPath);
        var found = JsonPaths.TryGet(Last.Json, path, out var actual);
        if (expected is null || !found || !JsonNode.DeepEquals(expected, actual))
        {
            throw Failures.Mismatch(state.RuleId, $"the answer's {path} must be order {name}'s {orderPath}", expected is null ? $"(order {name} shows no {orderPath})" : JsonPaths.Show(expected),
                found ? JsonPaths.Show(actual) : "(absent)", "$." + path, Last);
        }
    }

    [Then("the response field {string} carries the JSON {}")]
    public void FieldCarries(string path, string json)
    {
        // Every member given is there with that value; the provider may add others (defaults, read-only fields).
        var expected = placeholders.Json(json);
        var found = JsonPaths.TryGet(Last.Json, path, out var actual);
        var missing = expected is JsonObject members
            ? [.. members.Where(m => actual is not JsonObject a || !a.TryGetPropertyValue(m.Key, out var v) || !JsonNode.DeepEquals(m.Value, v)).Select(m => m.Key)]
            : JsonNode.DeepEquals(expected, actual) ? new List<string>() : ["(the value)"];
        if (!found || missing.Count > 0)
        {
            throw Failures.Mismatch(state.RuleId, $"the answer's {path} must carry what was sent ({string.Join(", ", missing)})", expected?.ToJsonString() ?? "null",
                found ? JsonPaths.Show(actual) : "(absent)", "$." + path, Last);
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

    [Then("the response field {string} is empty")]
    public void FieldEmpty(string path)
    {
        // Removed: absent, null, or an empty object or list.
        if (JsonPaths.Get(Last.Json, path) is { } value && value is not (JsonObject { Count: 0 } or JsonArray { Count: 0 }))
        {
            throw Failures.Mismatch(state.RuleId, $"the answer's {path} must be empty", "absent, null, {} or []", JsonPaths.Show(value), "$." + path, Last);
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

    private static List<string> Column(DataTable table) => [.. table.Rows.Select(r => r[0])];
}
