using System.Reflection;

namespace Covage.Bdd.Running;

/// <summary>
/// Per-scenario constructor injection: one instance of each class per scenario, shared by every
/// binding, disposed when the scenario ends (last created, first disposed).
/// </summary>
internal sealed class ScenarioScope(ScenarioContext context, IReadOnlyDictionary<Type, object> services) : IAsyncDisposable
{
    private readonly Dictionary<Type, object> _instances = [];
    private readonly List<object> _created = [];
    private readonly HashSet<Type> _resolving = [];

    public object Resolve(Type type)
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

        if (!_resolving.Add(type))
        {
            throw new InvalidOperationException($"Circular dependency while creating {type.Name}.");
        }

        try
        {
            var constructor = type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
                ?? throw new InvalidOperationException($"{type.Name} has no constructor to inject.");
            var arguments = constructor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray();
            var instance = constructor.Invoke(arguments);
            _instances[type] = instance;
            _created.Add(instance);
            return instance;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
        finally
        {
            _resolving.Remove(type);
        }
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _created.Count - 1; i >= 0; i--)
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
    }
}
