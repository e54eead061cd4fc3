using System.Collections.Concurrent;

namespace Covage.Bdd;

/// <summary>
/// Per-scenario state shared by every binding of a scenario: the scenario, a bag of values and the
/// attachments of the step running now. Inject it into a binding class's constructor.
/// </summary>
public sealed class ScenarioContext
{
    private readonly ConcurrentDictionary<(Type, string), object> _values = new();
    private readonly List<Attachment> _attachments = [];
    private readonly Lock _gate = new();

    /// <summary>Creates a context outside a run, e.g. to unit-test a binding class.</summary>
    public ScenarioContext(ScenarioCase scenario)
        : this(scenario, CancellationToken.None)
    {
    }

    internal ScenarioContext(ScenarioCase scenario, CancellationToken cancellationToken)
    {
        Scenario = scenario;
        CancellationToken = cancellationToken;
    }

    /// <summary>The running scenario.</summary>
    public ScenarioCase Scenario { get; }

    /// <summary>Its tags, with the @ (feature, scenario and examples tags).</summary>
    public IReadOnlyList<string> Tags => Scenario.Tags;

    /// <summary>Signalled when the run is cancelled; pass it to long waits.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The step running now (null in hooks).</summary>
    public ScenarioStep? CurrentStep { get; internal set; }

    /// <summary>Stores a value by its type.</summary>
    public void Set<T>(T value)
        where T : notnull => Set("", value);

    /// <summary>Stores a value by its type and a key.</summary>
    public void Set<T>(string key, T value)
        where T : notnull => _values[(typeof(T), key)] = value;

    /// <summary>Reads a value stored by <see cref="Set{T}(T)"/>; throws when there is none.</summary>
    public T Get<T>() => Get<T>("");

    /// <summary>Reads a value stored by <see cref="Set{T}(string, T)"/>; throws when there is none.</summary>
    public T Get<T>(string key) => TryGet<T>(key, out var value)
        ? value
        : throw new InvalidOperationException($"No {typeof(T).Name}{(key.Length > 0 ? $" '{key}'" : "")} in this scenario's context: an earlier step should have stored it.");

    /// <summary>Reads a value stored by <see cref="Set{T}(T)"/>, if any.</summary>
    public bool TryGet<T>(out T value) => TryGet("", out value);

    /// <summary>Reads a value stored by <see cref="Set{T}(string, T)"/>, if any.</summary>
    public bool TryGet<T>(string key, out T value)
    {
        if (_values.TryGetValue((typeof(T), key), out var found))
        {
            value = (T)found;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Records something for the reports; it belongs to the step running now (hooks: the first or last step).</summary>
    public void Attach(string name, string mediaType, string content)
    {
        lock (_gate)
        {
            _attachments.Add(new Attachment(name, mediaType, content));
        }
    }

    /// <summary>Records a line of text for the reports.</summary>
    public void Log(string text) => Attach("log", "text/plain", text);

    /// <summary>Removes and returns what was attached since the last call (the engine calls it after each step).</summary>
    public IReadOnlyList<Attachment> TakeAttachments()
    {
        lock (_gate)
        {
            if (_attachments.Count == 0)
            {
                return [];
            }

            var taken = _attachments.ToArray();
            _attachments.Clear();
            return taken;
        }
    }
}
