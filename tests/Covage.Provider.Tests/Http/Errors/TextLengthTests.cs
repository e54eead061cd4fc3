using System.Text.Json;
using System.Text.Json.Nodes;
using Covage.Provider.Domain.Rules;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.Errors;

/// <summary>TXT-MAX-LENGTH: every text a client sends has a maximum; what the provider serves always fits it.</summary>
public sealed class TextLengthTests(ProviderFixture provider) : ProviderTest(provider)
{
    [Theory]
    [InlineData("comment", 1000)]
    [InlineData("message", 1000)]
    [InlineData("reason", 1000)]
    [InlineData("data.reject_description", 1000)]
    [InlineData("end_customer.name", 255)]
    [InlineData("operator_info.order_ref", 255)]
    [InlineData("endpoints[0].endpoint_ref", 255)]
    [InlineData("comments", 255)]
    [InlineData("email", 255)]
    public void MaxFor_Field_IsItsDocumentedMaximum(string path, int max) => Assert.Equal(max, TxtMaxLength.MaxFor(path));

    [Fact]
    public async Task Login_EmailOver255Characters_Is400NamingEmail()
    {
        var response = await Api.SendAsync(HttpMethod.Post, "/api/v2/account/token/", new JsonObject { ["email"] = new string('e', 256), ["password"] = "x" }, auth: null);

        Envelope.AssertIs(response, 400);
        Assert.Equal(["email"], response.ErrorFields);
        Assert.Contains("TXT-MAX-LENGTH: At most 255 characters; this text has 256.", response.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patch_PropertyNameOver255Characters_Is400NamingItsObjectAndChangesNothing()
    {
        var uuid = (await Api.CreateAsync())["uuid"]!.GetValue<string>();
        var before = (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Body;

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/",
            new JsonObject { ["operator_info"] = new JsonObject { [new string('k', 300)] = "v" } });

        Envelope.AssertIs(response, 400);
        Assert.Equal(["operator_info"], response.ErrorFields);
        Assert.Equal(before, (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Body);
    }

    [Fact]
    public async Task V1Replace_OrderNameOver255Characters_Is400NamingTheV1Field()
    {
        var uuid = (await Api.CreateAsync())["uuid"]!.GetValue<string>();

        var response = await Api.CallAsync(HttpMethod.Put, $"/api/orders/{uuid}/", new JsonObject { ["operator_order_name"] = new string('n', 256) });

        Envelope.AssertIs(response, 400);
        Assert.Equal(["operator_order_name"], response.ErrorFields);
    }

    [Fact]
    public async Task ServedValues_AllFitTheirMaximum_SoAReadModifyWriteNeverTripsThem()
    {
        var submitted = (await Api.SubmittedAsync())["uuid"]!.GetValue<string>();
        await Api.DriveAsync(submitted, "acknowledged");
        await Api.DriveAsync(submitted, "rejected");
        var served = new List<(string What, JsonNode? Json)>
        {
            ("fixtures", (await Api.ControlAsync(HttpMethod.Get, "/_simulator/fixtures/")).Json),
            ("events", (await Api.CallAsync(HttpMethod.Get, "/api/events/?limit=1000")).Json),
            ("building", (await Api.CallAsync(HttpMethod.Get, "/api/v2/eligibility/buildings/IMB/76540/X/043X/?include_otp_ref=true&include_stairs=true")).Json),
        };
        var list = (await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/?limit=1000")).Json.AsArray();
        served.Add(("orders", list));
        foreach (var order in list)
        {
            var uuid = order!["uuid"]!.GetValue<string>();
            served.Add(($"v1 {uuid}", (await Api.CallAsync(HttpMethod.Get, $"/api/orders/{uuid}/")).Json));
        }

        var problems = served.SelectMany(s => TooLong(s.Json, "").Select(p => $"{s.What}: {p}")).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task V1ReadModifyWrite_OfACompleteDraft_IsAccepted()
    {
        var uuid = (await Api.CreateAsync())["uuid"]!.GetValue<string>();
        Assert.Equal(200, (await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", TestProvider.Complete(contact: Api.Contact()))).Code);
        var document = (await Api.CallAsync(HttpMethod.Get, $"/api/orders/{uuid}/")).Json.AsObject();
        document["comment"] = "read, changed, written back";

        var response = await Api.CallAsync(HttpMethod.Put, $"/api/orders/{uuid}/", document);

        Assert.True(response.Code == 200, response.Body);
    }

    /// <summary>Every string (and property name) under <paramref name="node"/> longer than the rule allows at its path.</summary>
    private static IEnumerable<string> TooLong(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (TxtMaxLength.CheckName(path, name.Length) is { } badName)
                    {
                        yield return badName.Message;
                    }

                    foreach (var problem in TooLong(child, path.Length == 0 ? name : $"{path}.{name}"))
                    {
                        yield return problem;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var problem in TooLong(array[i], $"{path}[{i}]"))
                    {
                        yield return problem;
                    }
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                if (TxtMaxLength.Check(path, value.GetValue<string>().Length) is { } tooLong)
                {
                    yield return $"{path}: {tooLong.Message}";
                }

                break;
            default:
                break;
        }
    }
}
