namespace Covage.Conformance.Running;

/// <summary>Reqnroll asked the test framework to mark the scenario pending (undefined or pending steps); the message lists them.</summary>
internal sealed class ScenarioPendingException(string message) : Exception(message);
