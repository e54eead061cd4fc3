using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Covage.Bdd.Running;

/// <summary>
/// Per-scenario constructor injection: the scenario's <see cref="ScenarioContext"/>, the run-level
/// services, and one instance of every other class per scenario, shared by all bindings and
/// disposed when the scenario ends (last created, first disposed).
/// </summary>
internal sealed class ScenarioScope(ScenarioContext context, IReadOnlyDictionary<Type, object> services)
{
    private readonly Dictionary<Type, object> _instances = [];
    private readonly List<object> _created = [];
    private readonly HashSet<Type> _resolving = [];
    private readonly Lock _gate = new();

    public object Resolve(Type type)
    {
        // Steps of one scenario run one after another, but a step may start work that resolves in parallel.
        lock (_gate)
        {
            return ResolveLocked(type, []);
        }
    }

    /// <summary>Disposes what the scope created; returns the errors instead of throwing so the scenario can report them.</summary>
    public async Task<IReadOnlyList<Exception>> DisposeAsync()
    {
        var errors = new List<Exception>();
        for (var i = _created.Count - 1; i >= 0; i--)
        {
            try
            {
                switch (_created[i])
                {
                    case IAsyncDisposable asyncDisposable:
                        await asyncDisposable.DisposeAsync();
                        break;
                    case IDisposable disposable:
                        disposable.Dispose();
                        break;
                    default:
                        break;
                }
            }
            catch (Exception e)
            {
                errors.Add(e);
            }
        }

        _created.Clear();
        _instances.Clear();
        return errors;
    }

    private object ResolveLocked(Type type, List<Type> chain)
    {
        if (type == typeof(ScenarioContext))
        {
            return context;
        }

        if (services.TryGetValue(type, out var service))
        {
            return service;
        }

        if (_instances.TryGetValue(type, out var existing))
        {
            return existing;
        }

        if (services.Values.FirstOrDefault(type.IsInstanceOfType) is { } assignable)
        {
            return assignable;
        }

        var path = string.Join(" -> ", chain.Append(type).Select(t => t.Name));
        if (type.IsAbstract || type.IsInterface || type.IsPrimitive || type.IsEnum || type == typeof(string) || type.IsArray || type.IsGenericTypeDefinition || type.IsByRef)
        {
            throw new InvalidOperationException($"Cannot inject {type.FullName} ({path}): it is not a class the engine can create; register an instance in RunOptions.Services.");
        }

        if (!_resolving.Add(type))
        {
            throw new InvalidOperationException($"Circular constructor dependency: {path}.");
        }

        try
        {
            var constructors = type.GetConstructors(BindingFlags.Instance | BindingFlags.Public);
            if (constructors.Length == 0)
            {
                constructors = type.GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic);
            }

            var constructor = constructors.OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
                ?? throw new InvalidOperationException($"Cannot inject {type.FullName} ({path}): it has no constructor.");
            chain.Add(type);
            var arguments = constructor.GetParameters().Select(p => ResolveLocked(p.ParameterType, chain)).ToArray();
            chain.RemoveAt(chain.Count - 1);
            object instance;
            try
            {
                instance = constructor.Invoke(arguments);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }

            _instances[type] = instance;
            _created.Add(instance);
            return instance;
        }
        finally
        {
            _resolving.Remove(type);
        }
    }
}
