namespace Covage.Conformance.Cli;

/// <summary>The CLI's exit codes (ARCHITECTURE.md).</summary>
internal static class ExitCodes
{
    /// <summary>Every applicable scenario passed.</summary>
    public const int Passed = 0;

    /// <summary>At least one scenario failed.</summary>
    public const int Failed = 1;

    /// <summary>Usage, configuration, or an unusable target.</summary>
    public const int Usage = 2;
}
