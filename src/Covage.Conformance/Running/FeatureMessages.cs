using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.RuntimeSupport;

namespace Covage.Conformance.Running;

/// <summary>
/// The Cucumber messages of one feature file (source, document, pickles), built when the file is
/// parsed. Generated code reads them from an embedded resource; the kit parses features at run
/// time, so it hands Reqnroll's formatters the same three things directly.
/// </summary>
internal sealed class FeatureMessages(Source source, GherkinDocument document, IReadOnlyList<Pickle> pickles) : IFeatureLevelCucumberMessages
{
    public bool HasMessages => true;

    public GherkinDocument GherkinDocument => document;

    public IEnumerable<Pickle> Pickles => pickles;

    public Source Source => source;
}
