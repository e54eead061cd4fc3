using Covage.Conformance.Targets;

namespace Covage.Conformance.Hooks;

/// <summary>A target the hooks opened (and so close), as opposed to one a runner gave.</summary>
internal sealed record OpenedTarget(TargetContext Target);
