using System.Collections.Concurrent;

namespace Covage.Bdd;

/// <summary>Per-scenario state shared by every binding of a scenario: the scenario, a bag of values, attachments.</summary>
public sealed class ScenarioContext
{
    private readonly ConcurrentDictionary<Type, object> _values = new();
    private readonly List<Attachment> _attachments = [];
    private readonly Lock _gate = new();

    internal ScenarioContext(ScenarioCase scenario) => Scenario = scenario;

    /// <summary>The running scenario.</summary>
    public ScenarioCase Scenario { get; }

    /// <summary>Its tags, with the @.</summary>
    public IReadOnlyList<string> Tags => Scenario.Tags;

    /// <summary>Stores a value by its type.</summary>
    public void Set<T>(T value)
        where T : notnull => _values[typeof(T)] = value;

    /// <summary>Reads a value stored by <see cref="Set{T}"/>.</summary>
    public T Get<T>() => TryGet<T>(out var value) ? value : throw new InvalidOperationException($"No {typeof(T).Name} in this scenario's context.");

    /// <summary>Reads a value stored by <see cref="Set{T}"/>, if any.</summary>
    public bool TryGet<T>(out T value)
    {
        if (_values.TryGetValue(typeof(T), out var found))
        {
            value = (T)found;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Records something for the reports; it belongs to the step running now.</summary>
    public void Attach(string name, string mediaType, string content)
    {
        lock (_gate)
        {
            _attachments.Add(new Attachment(name, mediaType, content));
        }
    }

    /// <summary>Records a line of text for the reports.</summary>
    public void Log(string text) => Attach("log", "text/plain", text);

    internal IReadOnlyList<Attachment> TakeAttachments()
    {
        lock (_gate)
        {
            var taken = _attachments.ToArray();
            _attachments.Clear();
            return taken;
        }
    }
}
