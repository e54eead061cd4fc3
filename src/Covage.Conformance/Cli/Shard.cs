using System.Globalization;

namespace Covage.Conformance.Cli;

/// <summary>
/// <c>--shard i/n</c>: the i-th of n deterministic parts of the selected scenarios. Scenarios are taken
/// in the order the features are loaded (feature path, then file order) and dealt round-robin, so
/// the parts differ by at most one scenario, every feature is spread over every part, and the same
/// features give the same parts on any machine.
/// </summary>
internal sealed record Shard(int Index, int Count)
{
    public const int MaxCount = 1000;

    public static Shard Parse(string text) => TryParse(text, out var shard)
        ? shard
        : throw new UsageException($"--shard must be i/n with 1 <= i <= n <= {MaxCount} (e.g. 2/4), got \"{text}\"");

    /// <summary>Reads <c>i/n</c> (as the option gives it and run.json keeps it); false when it is not one.</summary>
    public static bool TryParse(string text, out Shard shard)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count is >= 1 and <= MaxCount && index >= 1 && index <= count)
        {
            shard = new Shard(index, count);
            return true;
        }

        shard = null!;
        return false;
    }

    public IReadOnlyList<T> Select<T>(IReadOnlyList<T> items) => [.. items.Where((_, position) => position % Count == Index - 1)];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
