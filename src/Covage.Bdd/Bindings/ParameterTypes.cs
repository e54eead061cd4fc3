using System.Globalization;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Covage.Bdd.Bindings;

/// <summary>
/// The built-in Cucumber parameter types plus the custom ones declared with
/// <see cref="ParameterTypeAttribute"/>, and the conversion of matched text to step arguments.
/// </summary>
internal sealed class ParameterTypes
{
    private const string IntRegex = @"[-+]?\d+";
    private const string FloatRegex = @"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?";

    private static readonly Dictionary<string, string> BuiltIn = new(StringComparer.Ordinal)
    {
        ["string"] = @"""(?:[^""\\]|\\.)*""|'(?:[^'\\]|\\.)*'",
        ["int"] = IntRegex,
        ["long"] = IntRegex,
        ["byte"] = IntRegex,
        ["short"] = IntRegex,
        ["biginteger"] = IntRegex,
        ["float"] = FloatRegex,
        ["double"] = FloatRegex,
        ["decimal"] = FloatRegex,
        ["bigdecimal"] = FloatRegex,
        ["word"] = @"[^\s]+",
        [""] = ".*",
    };

    private static readonly HashSet<Type> Simple =
    [
        typeof(string), typeof(object), typeof(int), typeof(long), typeof(short), typeof(byte), typeof(sbyte),
        typeof(uint), typeof(ulong), typeof(ushort), typeof(double), typeof(float), typeof(decimal), typeof(bool),
        typeof(char), typeof(Guid), typeof(TimeSpan), typeof(DateTimeOffset), typeof(DateTime), typeof(Uri),
    ];

    private readonly Dictionary<string, (string Regex, MethodInfo Convert)> _custom = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, MethodInfo?> _byType = [];

    /// <summary>Collects the custom types; throws <see cref="InvalidOperationException"/> listing every bad declaration.</summary>
    public ParameterTypes(IEnumerable<Type> types)
    {
        var problems = new List<string>();
        foreach (var method in types.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)))
        {
            if (method.GetCustomAttribute<ParameterTypeAttribute>() is not { } attribute)
            {
                continue;
            }

            var where = $"{method.DeclaringType?.FullName}.{method.Name}";
            if (method.GetParameters() is not [{ ParameterType: var p }] || p != typeof(string) || method.ReturnType == typeof(void))
            {
                problems.Add($"{where}: a [ParameterType] method takes one string and returns the value.");
            }
            else if (BuiltIn.ContainsKey(attribute.Name) || !IsName(attribute.Name))
            {
                problems.Add($"{where}: '{attribute.Name}' cannot name a custom parameter type (built-in or not a plain name).");
            }
            else if (_custom.TryGetValue(attribute.Name, out var other))
            {
                problems.Add($"{where}: parameter type {{{attribute.Name}}} is already declared by {other.Convert.DeclaringType?.FullName}.{other.Convert.Name}.");
            }
            else
            {
                try
                {
                    _ = new System.Text.RegularExpressions.Regex(attribute.Regex);
                    _custom[attribute.Name] = (attribute.Regex, method);
                    // A regex capture or {} bound to this type converts through the same method, unless two methods make the same type;
                    // never for strings, numbers and enums, which have their own conversion.
                    if (!Simple.Contains(method.ReturnType) && !method.ReturnType.IsEnum)
                    {
                        _byType[method.ReturnType] = _byType.ContainsKey(method.ReturnType) ? null : method;
                    }
                }
                catch (ArgumentException e)
                {
                    problems.Add($"{where}: invalid regular expression for {{{attribute.Name}}}: {e.Message}");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid parameter types:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
    }

    public string RegexFor(string name) =>
        BuiltIn.TryGetValue(name, out var regex) ? regex
        : _custom.TryGetValue(name, out var custom) ? custom.Regex
        : throw new ArgumentException($"unknown parameter type {{{name}}}: declare it with [ParameterType(\"{name}\", regex)] on a static method in a binding assembly.");

    /// <summary>Why a capture of parameter type <paramref name="name"/> cannot fill a <paramref name="target"/> parameter, or null when it can.</summary>
    public string? Check(string name, Type target)
    {
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (_custom.TryGetValue(name, out var custom))
        {
            return target.IsAssignableFrom(custom.Convert.ReturnType) || underlying.IsAssignableFrom(custom.Convert.ReturnType)
                ? null
                : $"{{{name}}} gives a {custom.Convert.ReturnType.Name}, which does not fit a {target.Name} parameter";
        }

        if (underlying.IsEnum || Simple.Contains(underlying) || (name.Length == 0 && _byType.GetValueOrDefault(underlying) is not null))
        {
            return null;
        }

        return $"a {target.Name} parameter cannot take {(name.Length == 0 ? "a captured text" : "{" + name + "}")}: use string, a number, bool, an enum, or a [ParameterType]";
    }

    /// <summary>Turns a matched text into the step method's parameter type.</summary>
    public object? Convert(string name, string text, Type target)
    {
        if (name == "string" && text.Length >= 2 && text[0] is '"' or '\'')
        {
            var quote = text[0];
            text = text[1..^1].Replace("\\" + quote, quote.ToString(), StringComparison.Ordinal);
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        var converter = _custom.TryGetValue(name, out var custom) ? custom.Convert
            : name.Length == 0 ? _byType.GetValueOrDefault(underlying)
            : null;
        if (converter is not null)
        {
            try
            {
                return converter.Invoke(null, [text]);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }

        if (underlying == typeof(string) || underlying == typeof(object))
        {
            return text;
        }

        if (underlying.IsEnum)
        {
            var normalized = text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
            return Enum.TryParse(underlying, normalized, ignoreCase: true, out var value) && Enum.IsDefined(underlying, value!)
                ? value
                : throw new FormatException($"'{text}' is not a {underlying.Name} ({string.Join(", ", Enum.GetNames(underlying))}).");
        }

        if (underlying == typeof(bool))
        {
            return text.ToUpperInvariant() switch
            {
                "TRUE" or "YES" => true,
                "FALSE" or "NO" => false,
                _ => throw new FormatException($"'{text}' is not a boolean (true/false/yes/no)."),
            };
        }

        return underlying switch
        {
            _ when underlying == typeof(Guid) => Guid.Parse(text, CultureInfo.InvariantCulture),
            _ when underlying == typeof(TimeSpan) => TimeSpan.Parse(text, CultureInfo.InvariantCulture),
            _ when underlying == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            _ when underlying == typeof(DateTime) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            _ when underlying == typeof(Uri) => new Uri(text, UriKind.RelativeOrAbsolute),
            _ => System.Convert.ChangeType(text, underlying, CultureInfo.InvariantCulture),
        };
    }

    private static bool IsName(string name) => name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.');
}
