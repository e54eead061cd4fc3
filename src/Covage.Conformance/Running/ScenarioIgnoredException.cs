namespace Covage.Conformance.Running;

/// <summary>Reqnroll asked the test framework to ignore the scenario (an <c>@ignore</c> tag, or a skip).</summary>
internal sealed class ScenarioIgnoredException(string message) : Exception(message);
