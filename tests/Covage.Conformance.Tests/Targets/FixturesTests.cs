using Covage.Conformance.Targets;

namespace Covage.Conformance.Tests.Targets;

public sealed class FixturesTests
{
    internal const string Minimal = """
        {
          "operators": [
            { "operator_uuid": "11111111-1111-1111-1111-111111111111", "name": "Alpha", "has_enni": true,
              "users": [ {"email":"d@a.example","password":"pw","groups":["delivery"]}, {"email":"v@a.example","password":"pv","groups":[]} ],
              "contacts": ["c1"],
              "eligibility": { "copper": {"activate":"elig-1"}, "fiber": {"create":"elig-2"} },
              "services": { "copper": [{"uuid":"s1","ref":"S1","product_code":"AM01"}], "fiber": [], "enni": [] },
              "enni_orders": [],
              "some_future_key": 42 },
            { "operator_uuid": "22222222-2222-2222-2222-222222222222", "name": "Gamma", "has_enni": false,
              "users": [ {"email":"d@g.example","password":"pg","groups":["delivery"]} ],
              "contacts": [], "eligibility": { "copper": {}, "fiber": {} }, "services": { "copper": [], "fiber": [], "enni": [] } }
          ],
          "products": { "A": ["AM01"], "F": ["FP01", "FP05"] },
          "buildings": [ { "building_ref": "IMB/76540/X/043X", "otps": [ {"reference":"FI-4672-5988","stairs":"NA^1","floor":"0"} ] } ]
        }
        """;

    [Fact]
    public void Parse_SnakeCaseDocument_ReadsEveryPart()
    {
        var fixtures = Fixtures.Parse(Minimal, "test");

        Assert.Equal(2, fixtures.Operators.Count);
        var alpha = fixtures.Operators[0];
        Assert.Equal("11111111-1111-1111-1111-111111111111", alpha.OperatorUuid);
        Assert.True(alpha.HasEnni);
        Assert.Equal("elig-1", alpha.Eligibility.Copper["activate"]);
        Assert.Equal("AM01", alpha.Services.Copper[0].ProductCode);
        Assert.Equal(["FP01", "FP05"], fixtures.Products["F"]);
        Assert.Equal("NA^1", fixtures.Buildings[0].Otps[0].Stairs);
        Assert.Null(fixtures.Operators[1].EnniOrders);
    }

    [Fact]
    public void UserInGroup_DeliveryAndNoGroup_FindTheRightUsers()
    {
        var alpha = Fixtures.Parse(Minimal, "test").Operators[0];

        Assert.Equal("d@a.example", alpha.UserInGroup("delivery")!.Email);
        Assert.Equal("v@a.example", alpha.UserInGroup(null)!.Email);
        Assert.Null(alpha.UserInGroup("admin"));
    }

    [Theory]
    [InlineData("{not json", "not a fixtures document")]
    [InlineData("""{"operators": "nope", "products": {}, "buildings": []}""", "not a fixtures document")]
    [InlineData("""{"operators": [], "products": {}, "buildings": []}""", "\"operators\" is empty")]
    [InlineData("""{"products": {}, "buildings": []}""", "operators")]
    [InlineData("null", "null")]
    public void Parse_BadDocument_ThrowsFormatExceptionNamingSourceAndProblem(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => Fixtures.Parse(json, "my-fixtures.json"));

        Assert.StartsWith("my-fixtures.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OperatorWithoutUsers_NamesTheMissingProperty()
    {
        var json = Minimal.Replace("\"users\": [ {\"email\":\"d@g.example\",\"password\":\"pg\",\"groups\":[\"delivery\"]} ],", "", StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => Fixtures.Parse(json, "f.json"));

        Assert.Contains("users", error.Message, StringComparison.Ordinal);
    }
}
