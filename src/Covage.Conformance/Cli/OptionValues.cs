using System.Globalization;

namespace Covage.Conformance.Cli;

/// <summary>The values of command-line options, read the same way by every subcommand's parser.</summary>
internal static class OptionValues
{
    /// <summary>The value after <paramref name="option"/> at <paramref name="i"/> (which moves onto it); a usage error when there is none.</summary>
    public static string Next(IReadOnlyList<string> args, ref int i, string option)
    {
        if (i + 1 >= args.Count || string.IsNullOrWhiteSpace(args[i + 1]) || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException($"{option} needs a value");
        }

        return args[++i];
    }

    public static int Number(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new UsageException($"{name} must be a whole number from {min} to {max}, got \"{value}\"");
}
