namespace Covage.Conformance.Running;

/// <summary>Told of each scenario as it starts and finishes (calls are serialized).</summary>
internal interface IRunListener
{
    /// <summary>A scenario starts.</summary>
    void ScenarioStarted(ScenarioCase scenario);

    /// <summary>A scenario finished.</summary>
    void ScenarioFinished(ScenarioResult result);
}
