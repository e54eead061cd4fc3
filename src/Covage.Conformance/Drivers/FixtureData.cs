using Covage.Conformance.Targets;

namespace Covage.Conformance.Drivers;

/// <summary>Fixture lookups by what a step names; a value the target's fixtures lack makes the scenario not applicable.</summary>
internal sealed class FixtureData(TargetContext target)
{
    public FixtureOperator OperatorOf(Actor actor) =>
        actor switch
        {
            Actor.OtherOperator => target.Fixtures.Operators.Count > 1 ? target.Fixtures.Operators[1] : throw new NotApplicableException("the fixtures name only one operator"),
            Actor.NoEnniOperator => target.Fixtures.Operators.FirstOrDefault(o => !o.HasEnni) ?? throw new NotApplicableException("the fixtures name no operator without an ENNI"),
            _ => target.Fixtures.Operators[0],
        };

    public string Eligibility(string technology, string requestType, Actor actor = Actor.Primary)
    {
        var eligibility = OperatorOf(actor).Eligibility;
        var refs = technology == "copper" ? eligibility.Copper : eligibility.Fiber;
        return refs.TryGetValue(requestType, out var value)
            ? value
            : throw new NotApplicableException($"the fixtures hold no {technology} eligibility for request type \"{requestType}\"");
    }

    public string Contact(Actor actor = Actor.Primary) =>
        (OperatorOf(actor).Contacts is { Count: > 0 } contacts ? contacts[0] : null) ?? throw new NotApplicableException("the fixtures name no operator contact");

    public string FirstProduct(string family) =>
        target.Fixtures.Products.TryGetValue(family, out var codes) && codes.Count > 0
            ? codes[0]
            : throw new NotApplicableException($"the fixtures list no product of family {family}");

    /// <summary>A product code as a step writes it: "AM01", or "first of family S" (the fixtures' first product of that family).</summary>
    public string Product(string text) =>
        text.StartsWith("first of family ", StringComparison.Ordinal) ? FirstProduct(text["first of family ".Length..].Trim()) : text;

    public FixtureService Service(string productCode, Actor actor = Actor.Primary)
    {
        var services = OperatorOf(actor).Services;
        return services.Copper.Concat(services.Fiber).Concat(services.FiberEnterprise ?? []).Concat(services.Enni)
            .FirstOrDefault(s => s.ProductCode == productCode)
            ?? throw new NotApplicableException($"the fixtures list no active {productCode} service");
    }

    public FixtureService EnniService(Actor actor = Actor.Primary) =>
        (OperatorOf(actor).Services.Enni is { Count: > 0 } enni ? enni[0] : null) ?? throw new NotApplicableException("the fixtures list no ENNI service");

    public string EnniOrder(Actor actor = Actor.Primary) =>
        (OperatorOf(actor).EnniOrders is { Count: > 0 } orders ? orders[0] : null) ?? throw new NotApplicableException("the fixtures list no ENNI order");

    public FixtureUser User(Actor actor) =>
        target.UserFor(actor)?.User ?? throw new NotApplicableException($"the fixtures name no user for the {actor} role");

    public IReadOnlyList<FixtureOtp> Otps() =>
        (target.Fixtures.Buildings.Count > 0 ? target.Fixtures.Buildings[0].Otps : null) ?? throw new NotApplicableException("the fixtures list no building");

    public string BuildingRef() =>
        (target.Fixtures.Buildings.Count > 0 ? target.Fixtures.Buildings[0].BuildingRef : null) ?? throw new NotApplicableException("the fixtures list no building");
}
