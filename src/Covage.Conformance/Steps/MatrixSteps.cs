using Reqnroll;
using Covage.Conformance.Drivers;

namespace Covage.Conformance.Steps;

/// <summary>The events matrix table itself: it must parse, and be the one the passive check uses.</summary>
[Binding]
internal sealed class MatrixSteps(ScenarioState state)
{
    private EventMatrix? _given;

    [Given("the events matrix:")]
    public void GivenMatrix(DataTable table)
    {
        _given = new EventMatrix([[.. table.Header], .. table.Rows.Select(r => (IReadOnlyList<string>)[.. Enumerable.Range(0, table.Header.Count).Select(i => r[i])])]);
        var loaded = EventMatrixSource.Matrix;
        var differences = _given.Events.Concat(loaded.Events).Distinct(StringComparer.Ordinal)
            .SelectMany(e => _given.Columns.Union(loaded.Columns).Where(c => _given.Verdict(c, e) != loaded.Verdict(c, e)).Select(c => $"{e} / {c}"))
            .ToList();
        if (differences.Count > 0)
        {
            throw new ConformanceException(state.RuleId, "the passive check reads another events matrix than this one: " + string.Join(", ", differences));
        }
    }

    [Then("the events matrix has a column for each kind of order: {string}")]
    public void Columns(string kinds)
    {
        var expected = kinds.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var matrix = _given ?? EventMatrixSource.Matrix;
        var missing = expected.Except(matrix.Columns, StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || matrix.Columns.Count != expected.Length)
        {
            throw new ConformanceException(state.RuleId, $"the events matrix columns: expected {kinds}, got {string.Join(", ", matrix.Columns)}");
        }

        var unknownKinds = new[] { OrderKinds.CopperActivate, OrderKinds.CopperLineBuilding, OrderKinds.Terminate, OrderKinds.FiberPro }
            .Except(matrix.Columns, StringComparer.Ordinal).ToList();
        if (unknownKinds.Count > 0)
        {
            throw new ConformanceException(state.RuleId, "the kit classifies orders into kinds the matrix has no column for: " + string.Join(", ", unknownKinds));
        }
    }
}
