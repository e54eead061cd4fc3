using System.Text.Json.Nodes;
using Covage.Conformance.Http;

namespace Covage.Conformance.Tests.Http;

public sealed class SecretMaskTests
{
    [Fact]
    public void Body_TokenAnswer_MasksAccessRefreshAndTokenButKeepsTheRest()
    {
        var masked = JsonNode.Parse(SecretMask.Body("""{"access":"a.b.c","refresh":"r.s.t","token":"a.b.c","user":{"email":"d@a.example"}}"""))!;

        Assert.Equal("****", masked["access"]!.GetValue<string>());
        Assert.Equal("****", masked["refresh"]!.GetValue<string>());
        Assert.Equal("****", masked["token"]!.GetValue<string>());
        Assert.Equal("d@a.example", masked["user"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public void Body_LoginRequest_MasksThePassword()
    {
        var masked = SecretMask.Body("""{"email":"d@a.example","password":"Secret-1"}""");

        Assert.DoesNotContain("Secret-1", masked, StringComparison.Ordinal);
        Assert.Contains("d@a.example", masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json \"password\"")]
    [InlineData("""{"uuid":"x"}""")]
    public void Body_NothingToMask_ComesBackUnchanged(string body) => Assert.Equal(body, SecretMask.Body(body));

    [Theory]
    [InlineData("Bearer abc.def", "Bearer ****")]
    [InlineData("JWT abc", "JWT ****")]
    [InlineData("abc", "****")]
    public void Authorization_KeepsTheSchemeOnly(string header, string expected) => Assert.Equal(expected, SecretMask.Authorization(header));

    [Fact]
    public void Body_SecretBesideAStringThatIsNotText_IsStillMasked()
    {
        var body = """{"email": "\udfff@example.com", "password": "Alpha-Delivery-2019"}""";

        var masked = SecretMask.Body(body);

        Assert.Equal("""{"email": "\udfff@example.com", "password": "****"}""", masked);
    }
}
