using System.Collections.Concurrent;
using System.Reflection;
using Covage.Bdd.Bindings;

namespace Covage.Bdd.Running;

/// <summary>
/// Every step and hook of the binding assemblies, scanned and checked once. Step lookups are cached
/// by keyword and text: suites repeat the same step texts, so each distinct text meets the
/// binding regexes only once per run.
/// </summary>
internal sealed class BindingRegistry
{
    private const BindingFlags AnyMethod = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    private readonly ConcurrentDictionary<(string Keyword, string Text), StepMatch[]> _cache = new();

    public BindingRegistry(IEnumerable<Assembly> assemblies)
        : this(assemblies.Distinct().SelectMany(LoadableTypes).ToList(), onlyMarked: true)
    {
    }

    /// <summary>Binds the given classes, marked [Binding] or not (tests use this to keep bindings apart).</summary>
    public BindingRegistry(IReadOnlyList<Type> types, bool onlyMarked)
    {
        var bindings = types.Where(t => !onlyMarked || t.GetCustomAttribute<BindingAttribute>() is not null).Distinct().OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
        // Parameter types, like steps, come from [Binding] classes only: helper classes elsewhere cannot clash with them.
        Types = new ParameterTypes(bindings);
        var steps = new List<StepBinding>();
        var hooks = new List<HookBinding>();
        var problems = new List<string>();
        foreach (var type in bindings)
        {
            var isStatic = type.IsAbstract && type.IsSealed;
            if ((type.IsAbstract && !isStatic) || type.IsGenericTypeDefinition)
            {
                problems.Add($"{type.FullName}: a [Binding] class must be concrete (or static) and not generic.");
                continue;
            }

            foreach (var method in type.GetMethods(AnyMethod).OrderBy(m => m.MetadataToken))
            {
                var where = $"{type.FullName}.{method.Name}";
                foreach (var attribute in method.GetCustomAttributes<StepAttribute>())
                {
                    try
                    {
                        steps.Add(BuildStep(attribute, method));
                    }
                    catch (ArgumentException e)
                    {
                        problems.Add($"{where} [{attribute.Keyword ?? "StepDefinition"}(\"{attribute.Pattern}\")]: {e.Message}");
                    }
                }

                if (method.GetCustomAttribute<BeforeScenarioAttribute>() is { } before)
                {
                    AddHook(hooks, problems, method, where, before.Tags, before.Order, true);
                }

                if (method.GetCustomAttribute<AfterScenarioAttribute>() is { } after)
                {
                    AddHook(hooks, problems, method, where, after.Tags, after.Order, false);
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid bindings:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        Steps = steps;
        // OrderBy is stable: equal orders keep class-name and declaration order.
        BeforeHooks = [.. hooks.Where(h => h.Before).OrderBy(h => h.Order)];
        AfterHooks = [.. hooks.Where(h => !h.Before).OrderBy(h => h.Order)];
    }

    public ParameterTypes Types { get; }

    public IReadOnlyList<StepBinding> Steps { get; }

    public IReadOnlyList<HookBinding> BeforeHooks { get; }

    public IReadOnlyList<HookBinding> AfterHooks { get; }

    /// <summary>Every binding whose keyword and pattern match the step (one method counts once).</summary>
    public StepMatch[] Find(string keyword, string text) => _cache.GetOrAdd((keyword, text), key => Search(key.Keyword, key.Text));

    /// <summary>Bindings that match the text under another keyword: a hint for an undefined step.</summary>
    public IEnumerable<StepBinding> MatchingOtherKeywords(string keyword, string text) =>
        Steps.Where(s => s.Keyword is not null && s.Keyword != keyword && s.Regex.IsMatch(text));

    private StepMatch[] Search(string keyword, string text)
    {
        List<StepMatch>? found = null;
        foreach (var binding in Steps)
        {
            if ((binding.Keyword is not null && binding.Keyword != keyword) || !text.StartsWith(binding.Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var match = binding.Regex.Match(text);
            if (match.Success && (found is null || found.TrueForAll(f => f.Binding.Method != binding.Method)))
            {
                (found ??= []).Add(new StepMatch(binding, binding.Captures(match)));
            }
        }

        return found is null ? [] : [.. found];
    }

    private StepBinding BuildStep(StepAttribute attribute, MethodInfo method)
    {
        if (method.IsGenericMethodDefinition)
        {
            throw new ArgumentException("a step method cannot be generic.");
        }

        CheckReturn(method);
        var (regex, parameterTypes) = CucumberExpression.Compile(attribute.Pattern, Types);
        var parameters = method.GetParameters();
        var trailing = parameters.Length > 0 && parameters[^1].ParameterType is var last && (last == typeof(DataTable) || last == typeof(DocString)) ? last : null;
        var captured = parameters.Length - (trailing is null ? 0 : 1);
        if (parameters.Take(captured).FirstOrDefault(p => p.ParameterType == typeof(DataTable) || p.ParameterType == typeof(DocString)) is { } misplaced)
        {
            throw new ArgumentException($"parameter '{misplaced.Name}': DataTable and DocString come last, after the captured values.");
        }

        if (captured != parameterTypes.Count)
        {
            throw new ArgumentException($"the pattern captures {parameterTypes.Count} value(s) but the method takes {captured} (plus an optional last DataTable or DocString).");
        }

        for (var i = 0; i < captured; i++)
        {
            var parameter = parameters[i];
            if (parameter.ParameterType.IsByRef)
            {
                throw new ArgumentException($"parameter '{parameter.Name}': ref/out parameters are not allowed.");
            }

            if (Types.Check(parameterTypes[i], parameter.ParameterType) is { } problem)
            {
                throw new ArgumentException($"parameter '{parameter.Name}': {problem}.");
            }
        }

        return new StepBinding(attribute.Pattern, attribute.Keyword, regex, !CucumberExpression.IsRegex(attribute.Pattern), parameterTypes, method, trailing);
    }

    private static void AddHook(List<HookBinding> hooks, List<string> problems, MethodInfo method, string where, IReadOnlyList<string> tags, int order, bool before)
    {
        try
        {
            if (method.GetParameters().Length > 0 || method.IsGenericMethodDefinition)
            {
                throw new ArgumentException("a hook method takes no parameters (inject what it needs into the class constructor).");
            }

            CheckReturn(method);
            var expressions = tags.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
            var expression = TagExpression.Parse(string.Join(" or ", expressions.Select(t => $"({t})")));
            hooks.Add(new HookBinding(method, expression, before, order));
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            problems.Add($"{where} [{(before ? "BeforeScenario" : "AfterScenario")}]: {e.Message}");
        }
    }

    private static void CheckReturn(MethodInfo method)
    {
        if (method.ReturnType != typeof(void) && !typeof(Task).IsAssignableFrom(method.ReturnType) && method.ReturnType != typeof(ValueTask))
        {
            throw new ArgumentException($"the method returns {method.ReturnType.Name}; it must return void, Task or ValueTask.");
        }
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
