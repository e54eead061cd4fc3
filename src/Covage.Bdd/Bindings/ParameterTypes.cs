using System.Globalization;
using System.Reflection;

namespace Covage.Bdd.Bindings;

/// <summary>The built-in Cucumber parameter types plus the custom ones found in binding assemblies.</summary>
internal sealed class ParameterTypes
{
    private readonly Dictionary<string, (string Regex, MethodInfo? Convert)> _types = new(StringComparer.Ordinal)
    {
        ["string"] = ("\"[^\"]*\"|'[^']*'", null),
        ["int"] = (@"-?\d+", null),
        ["float"] = (@"-?\d*\.?\d+", null),
        ["word"] = (@"[^\s]+", null),
        [""] = (".*", null),
    };

    public ParameterTypes(IEnumerable<Assembly> assemblies)
    {
        foreach (var method in assemblies.SelectMany(a => a.GetTypes()).SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)))
        {
            if (method.GetCustomAttribute<ParameterTypeAttribute>() is { } attribute)
            {
                if (method.GetParameters() is not [{ ParameterType: var p }] || p != typeof(string))
                {
                    throw new InvalidOperationException($"Parameter type {{{attribute.Name}}}: {method.DeclaringType?.Name}.{method.Name} must take one string.");
                }

                _types[attribute.Name] = (attribute.Regex, method);
            }
        }
    }

    public string RegexFor(string name) => _types.TryGetValue(name, out var type)
        ? type.Regex
        : throw new InvalidOperationException($"Unknown parameter type {{{name}}}: declare it with [ParameterType(\"{name}\", regex)].");

    /// <summary>Turns a matched text into the step method's parameter type.</summary>
    public object? Convert(string parameterName, string text, Type target)
    {
        if (parameterName == "string" && text.Length >= 2 && (text[0] == '"' || text[0] == '\''))
        {
            text = text[1..^1];
        }

        if (_types.TryGetValue(parameterName, out var type) && type.Convert is { } convert)
        {
            return convert.Invoke(null, [text]);
        }

        var nullable = Nullable.GetUnderlyingType(target);
        target = nullable ?? target;
        if (target == typeof(string))
        {
            return text;
        }

        if (target.IsEnum)
        {
            return Enum.Parse(target, text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), ignoreCase: true);
        }

        if (target == typeof(bool))
        {
            return text is "true" or "yes";
        }

        return System.Convert.ChangeType(text, target, CultureInfo.InvariantCulture);
    }
}
