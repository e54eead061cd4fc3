using System.Text.Json.Nodes;

namespace Covage.ClientUnderTest;

/// <summary>What the client takes from the sandbox's fixtures document: an eligibility and a contact.</summary>
internal sealed record Fixtures(string CopperActivateEligibility, string Contact)
{
    public static Fixtures Read(string path)
    {
        var op = JsonNode.Parse(File.ReadAllText(path))!["operators"]![0]!;
        return new Fixtures(op["eligibility"]!["copper"]!["activate"]!.GetValue<string>(), op["contacts"]![0]!.GetValue<string>());
    }
}
