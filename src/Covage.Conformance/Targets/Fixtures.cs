using System.Text.Json;
using System.Text.Json.Serialization;

namespace Covage.Conformance.Targets;

/// <summary>The fixtures document: the target's operators, users, eligibilities, services, products and buildings.</summary>
internal sealed record Fixtures(
    IReadOnlyList<FixtureOperator> Operators,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Products,
    IReadOnlyList<FixtureBuilding> Buildings)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Parses a fixtures document; throws <see cref="FormatException"/> with the JSON path on a bad one.</summary>
    public static Fixtures Parse(string json, string source)
    {
        try
        {
            var fixtures = JsonSerializer.Deserialize<Fixtures>(json, Options) ?? throw new FormatException($"{source}: the fixtures document is null");
            if (fixtures.Operators.Count == 0)
            {
                throw new FormatException($"{source}: \"operators\" is empty; at least one operator with a delivery user is needed");
            }

            return fixtures;
        }
        catch (JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" at {e.Path}";
            throw new FormatException($"{source}: not a fixtures document{where} ({e.Message})", e);
        }
    }
}

internal sealed record FixtureOperator(
    string OperatorUuid,
    string Name,
    bool HasEnni,
    IReadOnlyList<FixtureUser> Users,
    IReadOnlyList<string> Contacts,
    FixtureEligibility Eligibility,
    FixtureServices Services,
    IReadOnlyList<string>? EnniOrders = null)
{
    public FixtureUser? UserInGroup(string? group) =>
        Users.FirstOrDefault(u => group is null ? u.Groups.Count == 0 : u.Groups.Contains(group));
}

internal sealed record FixtureUser(string Email, string Password, IReadOnlyList<string> Groups);

internal sealed record FixtureEligibility(IReadOnlyDictionary<string, string> Copper, IReadOnlyDictionary<string, string> Fiber);

internal sealed record FixtureServices(
    IReadOnlyList<FixtureService> Copper,
    IReadOnlyList<FixtureService> Fiber,
    IReadOnlyList<FixtureService> Enni,
    IReadOnlyList<FixtureService>? FiberEnterprise = null);

internal sealed record FixtureService(string Uuid, string Ref, string? ProductCode = null);

internal sealed record FixtureBuilding(string BuildingRef, IReadOnlyList<FixtureOtp> Otps);

internal sealed record FixtureOtp(string Reference, string Stairs, string Floor);
