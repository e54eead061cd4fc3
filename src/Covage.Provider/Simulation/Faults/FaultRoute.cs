using System.Text.RegularExpressions;

namespace Covage.Provider.Simulation.Faults;

/// <summary>
/// <c>"METHOD /path"</c>: the method may be <c>*</c> or left out, <c>{name}</c> matches one path
/// segment, a final <c>*</c> matches the rest, and the final slash is optional.
/// </summary>
internal sealed partial record FaultRoute(string Text, string? Method, Regex Path)
{
    public static FaultRoute? Parse(string text)
    {
        var parts = text.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var (method, path) = parts.Length == 2 ? (parts[0].ToUpperInvariant(), parts[1]) : (null, parts.FirstOrDefault() ?? "");
        if (!path.StartsWith('/') || (method is not null && !MethodName().IsMatch(method)))
        {
            return null;
        }

        var pattern = Regex.Escape(path.TrimEnd('/', '*'));
        pattern = Placeholder().Replace(pattern, "[^/]+");
        pattern = path.EndsWith('*') ? $"^{pattern}" : $"^{pattern}/?$";
        return new FaultRoute(text.Trim(), method is null or "*" ? null : method,
            new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100)));
    }

    public bool Matches(string method, string path) =>
        (Method is null || Method.Equals(method, StringComparison.OrdinalIgnoreCase)) && Path.IsMatch(path);

    [GeneratedRegex("^(\\*|[A-Z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex MethodName();

    [GeneratedRegex("\\\\\\{[^}/]+}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
