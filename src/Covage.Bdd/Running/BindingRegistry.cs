using System.Reflection;
using Covage.Bdd.Bindings;

namespace Covage.Bdd.Running;

/// <summary>Every step and hook of the binding assemblies, scanned and checked once.</summary>
internal sealed class BindingRegistry
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public BindingRegistry(IEnumerable<Assembly> assemblies)
    {
        var list = assemblies.Distinct().ToList();
        Types = new ParameterTypes(list);
        var steps = new List<StepBinding>();
        var hooks = new List<HookBinding>();
        var problems = new List<string>();
        foreach (var type in list.SelectMany(a => a.GetTypes()).Where(t => t.GetCustomAttribute<BindingAttribute>() is not null))
        {
            foreach (var method in type.GetMethods(Instance))
            {
                foreach (var attribute in method.GetCustomAttributes<StepAttribute>())
                {
                    try
                    {
                        steps.Add(Build(attribute, method));
                    }
                    catch (Exception e) when (e is ArgumentException or InvalidOperationException)
                    {
                        problems.Add($"{type.Name}.{method.Name}: {e.Message}");
                    }
                }

                if (method.GetCustomAttribute<BeforeScenarioAttribute>() is { } before)
                {
                    hooks.Add(new HookBinding(method, TagExpression.Parse(before.TagExpression), true));
                }

                if (method.GetCustomAttribute<AfterScenarioAttribute>() is { } after)
                {
                    hooks.Add(new HookBinding(method, TagExpression.Parse(after.TagExpression), false));
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid step bindings:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        Steps = steps;
        Hooks = hooks;
    }

    public ParameterTypes Types { get; }

    public IReadOnlyList<StepBinding> Steps { get; }

    public IReadOnlyList<HookBinding> Hooks { get; }

    private StepBinding Build(StepAttribute attribute, MethodInfo method)
    {
        var (regex, parameterTypes) = CucumberExpression.Compile(attribute.Pattern, Types);
        var parameters = method.GetParameters();
        var trailing = parameters.Length > 0 && parameters[^1].ParameterType is var last && (last == typeof(DataTable) || last == typeof(DocString)) ? last : null;
        var captured = parameters.Length - (trailing is null ? 0 : 1);
        if (captured != parameterTypes.Count)
        {
            throw new ArgumentException($"pattern \"{attribute.Pattern}\" captures {parameterTypes.Count} value(s) but the method takes {captured}.");
        }

        if (method.ReturnType != typeof(void) && !typeof(Task).IsAssignableFrom(method.ReturnType))
        {
            throw new ArgumentException("a step method returns void or Task.");
        }

        return new StepBinding(attribute.Pattern, attribute.Keyword, regex, !CucumberExpression.IsRegex(attribute.Pattern), parameterTypes, method, trailing);
    }
}
