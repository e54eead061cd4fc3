namespace Covage.Conformance.SelfTest.Interception;

/// <summary>A login the mutant saw: who logged in, with what, and when on the provider's clock.</summary>
internal sealed record Session(string Email, string Password, string? OperatorUuid, IReadOnlyList<string> Groups, string Access, string? Refresh, long ClockAtLogin);
