using System.Diagnostics.CodeAnalysis;

namespace Covage.Provider.Domain.Outcomes;

/// <summary>
/// What a domain operation gives back: its value, or the <see cref="Refusal"/> that left everything as
/// it was. It cannot be read without saying which one is expected (<see cref="TryGetValue"/>,
/// <see cref="TryGetRefusal"/>, <see cref="Match"/>, or <see cref="EnsureSuccess"/>, which throws on a
/// refusal). Only a value or a refusal makes one: <c>default</c> is neither, and reading it throws.
/// </summary>
/// <typeparam name="T">The value of a successful operation.</typeparam>
#pragma warning disable CA1815 // An outcome is read, never compared.
internal readonly struct Outcome<T>
#pragma warning restore CA1815
{
    private readonly T _value;
    private readonly Refusal? _refusal;
    private readonly bool _succeeded;

    private Outcome(T value)
    {
        _value = value;
        _refusal = null;
        _succeeded = true;
    }

    private Outcome(Refusal refusal)
    {
        _value = default!;
        _refusal = refusal;
        _succeeded = false;
    }

    public static implicit operator Outcome<T>(T value) =>
        new(value ?? throw new ArgumentNullException(nameof(value), "an outcome's value cannot be null"));

    public static implicit operator Outcome<T>(Refusal refusal) => new(refusal);

    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = Made() ? _value : default;
        return _succeeded;
    }

    public bool TryGetRefusal([NotNullWhen(true)] out Refusal? refusal)
    {
        refusal = Made() ? _refusal : null;
        return !_succeeded;
    }

    public TResult Match<TResult>(Func<T, TResult> onValue, Func<Refusal, TResult> onRefusal) =>
        Made() && _succeeded ? onValue(_value) : onRefusal(_refusal!);

    /// <summary>The value; a refusal throws (for callers to whom a refusal is a bug, such as seeding).</summary>
    public T EnsureSuccess() => Made() && _succeeded
        ? _value
        : throw new InvalidOperationException($"the operation was refused: {string.Join("; ", _refusal!.Violations.Select(v => $"{v.RuleId} {v.Field}: {v.Message}"))}");

    /// <summary>Chains an operation that needs this one's value; a refusal passes through unchanged.</summary>
    public Outcome<TNext> Then<TNext>(Func<T, Outcome<TNext>> next) => Made() && _succeeded ? next(_value) : _refusal!;

    private bool Made() => _succeeded || _refusal is not null
        ? true
        : throw new InvalidOperationException("this outcome was never made: build one from a value or a refusal, not with default");
}
