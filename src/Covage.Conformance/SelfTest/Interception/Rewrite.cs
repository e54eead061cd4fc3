namespace Covage.Conformance.SelfTest.Interception;

/// <summary>
/// What a mutant does to one intercepted call: the answer it makes up (after forwarding the call, a
/// changed copy, or extra calls), or null to let the call through untouched.
/// </summary>
internal delegate Task<Reply?> Rewrite(Intercepted call);
