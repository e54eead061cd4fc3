namespace Covage.Conformance.Targets;

/// <summary>
/// What the suite cannot do without: a fixtures document that leaves it out stops the run (exit 2)
/// naming the JSON path, rather than turning scenarios "not applicable". Only the actors the document
/// may leave out (a second operator, an operator without ENNI, a user without group, ENNI orders)
/// make scenarios not applicable; when such an operator is there, what its scenarios use is required.
/// </summary>
internal static class FixturesCheck
{
    private static readonly string[] CopperRequestTypes = ["activate", "create", "create_nearby", "create_neighbour"];
    private static readonly string[] FiberRequestTypes = ["create", "activate_defined", "activate_undefined"];
    private static readonly string[] Families = ["A", "S", "M", "N", "F", "E"];

    /// <summary>
    /// Every missing piece, as "JSON path: what is missing"; empty when the document is complete.
    /// <c>primaryGiven</c>: --email or --token names the first operator's user, so the document need not.
    /// </summary>
    public static IReadOnlyList<string> Problems(Fixtures fixtures, bool primaryGiven)
    {
        var problems = new List<string>();
        var main = fixtures.Operators[0];
        Operator(problems, "$.operators[0]", main, CopperRequestTypes, FiberRequestTypes, needsUser: !primaryGiven);
        Services(problems, "$.operators[0].services", main);
        if (fixtures.Operators.Count > 1)
        {
            Operator(problems, "$.operators[1]", fixtures.Operators[1], ["activate"], [], needsUser: true);
        }

        var withoutEnni = fixtures.Operators.Select((o, i) => (Operator: o, Index: i)).FirstOrDefault(o => !o.Operator.HasEnni);
        if (withoutEnni.Operator is { } other)
        {
            Operator(problems, $"$.operators[{withoutEnni.Index}]", other, ["activate"], ["create"], needsUser: true);
        }

        foreach (var family in Families.Where(f => !fixtures.Products.TryGetValue(f, out var codes) || codes.Count == 0))
        {
            problems.Add($"$.products.{family}: a product code of family {family} (\"first of family {family}\" in the features)");
        }

        if (fixtures.Buildings.Count == 0)
        {
            problems.Add("$.buildings: a building with its OTPs (the fibre scenarios' eligibilities point at it)");
        }
        else if (fixtures.Buildings[0].Otps.Count == 0)
        {
            problems.Add("$.buildings[0].otps: the building's OTPs (reference, stairs, floor)");
        }

        return problems;
    }

    private static void Operator(List<string> problems, string at, FixtureOperator op, string[] copper, string[] fiber, bool needsUser)
    {
        if (needsUser && op.UserInGroup("delivery") is null && op.UserInGroup("admin") is null)
        {
            problems.Add($"{at}.users: a user in group \"delivery\" (or \"admin\") who creates and drives the orders");
        }

        if (op.Contacts.Count == 0)
        {
            problems.Add($"{at}.contacts: an operator contact uuid (every complete order names one)");
        }

        foreach (var (technology, refs, types) in new[] { ("copper", op.Eligibility.Copper, copper), ("fiber", op.Eligibility.Fiber, fiber) })
        {
            foreach (var type in types.Where(t => !refs.TryGetValue(t, out var value) || string.IsNullOrWhiteSpace(value)))
            {
                problems.Add($"{at}.eligibility.{technology}.{type}: an eligibility reference for {technology} \"{type}\" orders");
            }
        }
    }

    private static void Services(List<string> problems, string at, FixtureOperator op)
    {
        foreach (var (name, list) in new[] { ("copper", op.Services.Copper), ("fiber", op.Services.Fiber) })
        {
            if (list.Count == 0)
            {
                problems.Add($"{at}.{name}: active {name} services the terminate scenarios may end");
            }
        }

        if (op.HasEnni && op.Services.Enni.Count == 0)
        {
            problems.Add($"{at}.enni: the operator's ENNI service (has_enni is true)");
        }
    }
}
