using System.Text.Json.Nodes;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Tests.Domain.Rules;

public sealed class ChrAllowedSetTests
{
    [Theory]
    [InlineData("Alethkar Palace")]
    [InlineData("(+33) 1,2-3.4:5@[x]_{y}")]
    [InlineData("àâäçèéêëîïôöùûü")]
    [InlineData("non\u00a0breaking")]
    public void Check_AllowedText_NoViolation(string text)
    {
        var violations = new List<Violation>();

        ChrAllowedSet.Check(new JsonObject { ["name"] = text }, "end_customer", violations);

        Assert.Empty(violations);
    }

    [Theory]
    [InlineData("O'Brien")]
    [InlineData("a/b")]
    [InlineData("Tom & Jerry")]
    [InlineData("Hi!")]
    [InlineData("\"quoted\"")]
    [InlineData("10€")]
    [InlineData("École")]
    [InlineData("tab\there")]
    [InlineData("smile 😀")]
    public void Check_ForbiddenCharacter_NamesTheField(string text)
    {
        var violations = new List<Violation>();

        ChrAllowedSet.Check(new JsonObject { ["contact"] = new JsonObject { ["last_name"] = text } }, "end_customer", violations);

        var violation = Assert.Single(violations);
        Assert.Equal("CHR-ALLOWED-SET", violation.RuleId);
        Assert.Equal("end_customer.contact.last_name", violation.Field);
    }

    [Fact]
    public void Check_SeveralBadFields_ReportsEachOnceWithArrayPaths()
    {
        var violations = new List<Violation>();
        var node = new JsonObject { ["a"] = "x/y/z", ["list"] = new JsonArray("ok", "b&d") };

        ChrAllowedSet.Check(node, "bounds[0].address", violations);

        Assert.Equal(["bounds[0].address.a", "bounds[0].address.list[1]"], violations.Select(v => v.Field));
    }

    [Fact]
    public void Check_NumbersAndBooleans_AreNotText()
    {
        var violations = new List<Violation>();

        ChrAllowedSet.Check(new JsonObject { ["n"] = 1.5, ["b"] = true }, "end_customer", violations);

        Assert.Empty(violations);
    }
}
