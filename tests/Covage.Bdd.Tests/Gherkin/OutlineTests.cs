namespace Covage.Bdd.Tests.Gherkin;

public sealed class OutlineTests
{
    private const string Feature = """
        @feature
        Feature: Orders

          Background:
            Given a customer

          @outline
          Scenario Outline: order <kind>
            When I order a <kind>
              | item   | qty   |
              | <kind> | <qty> |
            Then the note says:
              ```
              <kind> x <qty>
              ```

            @valid
            Examples: accepted
              | kind  | qty |
              | copper | 1  |
              | fiber  | 2  |

            @invalid
            Examples: refused
              | kind  | qty |
              | none  | 0   |

          Scenario Outline: unnamed examples
            When I order a <kind>

            Examples:
              | kind |
              | a    |

            Examples:
              | kind |
              | b    |
        """;

    private readonly IReadOnlyList<ScenarioCase> _cases = FeatureSet.Parse("orders.feature", Feature).Scenarios;

    [Fact]
    public void Parse_Outline_OneCasePerRowWithSubstitutedNamesAndExamplesNames()
    {
        Assert.Equal(["order copper (accepted #1)", "order fiber (accepted #2)", "order none (refused #1)", "unnamed examples (example #1)", "unnamed examples (example #2)"],
            _cases.Select(c => c.Name));
        Assert.Equal(["accepted", "accepted", "refused", null, null], _cases.Select(c => c.ExamplesName));
    }

    [Fact]
    public void Parse_Outline_IdsAreStableAndCarryTheRowLine()
    {
        var again = FeatureSet.Parse("orders.feature", Feature).Scenarios;

        Assert.Equal(["orders.feature:8:20", "orders.feature:8:21", "orders.feature:8:26", "orders.feature:28:33", "orders.feature:28:37"], _cases.Select(c => c.Id));
        Assert.Equal(_cases.Select(c => c.Id), again.Select(c => c.Id));
        Assert.Equal(_cases.Count, _cases.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Parse_Outline_TagsAreInheritedFromFeatureOutlineAndExamples()
    {
        Assert.Equal(["@feature", "@outline", "@valid"], _cases[0].Tags);
        Assert.Equal(["@feature", "@outline", "@invalid"], _cases[2].Tags);
        Assert.Equal(["@feature"], _cases[3].Tags);
    }

    [Fact]
    public void Parse_Outline_SubstitutesStepsTablesAndDocStringsAndKeepsStepLines()
    {
        var steps = _cases[1].Steps;

        Assert.Equal(["a customer", "I order a fiber", "the note says:"], steps.Select(s => s.Text));
        Assert.Equal([5, 9, 12], steps.Select(s => s.Line));
        Assert.Equal([["item", "qty"], ["fiber", "2"]], steps[1].Table!.RawRows);
        Assert.Equal("fiber x 2", steps[2].DocString!.Content);
    }
}
