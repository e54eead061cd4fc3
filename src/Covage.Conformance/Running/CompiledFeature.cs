using System.Collections.Specialized;
using Io.Cucumber.Messages.Types;

namespace Covage.Conformance.Running;

/// <summary>
/// One feature file as Reqnroll's runtime needs it: its <see cref="Reqnroll.FeatureInfo"/> (one per
/// file, shared by every run, carrying the Cucumber messages of the file), and what each pickle needs
/// to be announced the way generated code would (scenario title, tags, example values, rule).
/// </summary>
internal sealed class CompiledFeature(Reqnroll.FeatureInfo info, IReadOnlyList<Pickle> pickles, IReadOnlyList<PickleStart> starts)
{
    public Reqnroll.FeatureInfo Info => info;

    public IReadOnlyList<Pickle> Pickles => pickles;

    /// <summary>Per pickle, in pickle order.</summary>
    public IReadOnlyList<PickleStart> Starts => starts;
}

/// <summary>What <c>OnScenarioInitialize</c> is given for one pickle.</summary>
internal sealed record PickleStart(
    string Title,
    string Description,
    string[] Tags,
    OrderedDictionary Arguments,
    string[] InheritedTags,
    Reqnroll.RuleInfo? Rule);
