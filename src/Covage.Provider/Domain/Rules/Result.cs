namespace Covage.Provider.Domain.Rules;

/// <summary>The outcome of a domain operation: a value, or a typed failure carrying rule IDs.</summary>
internal readonly record struct Result<T>(T? Value, Failure? Failure)
{
    public bool Succeeded => Failure is null;

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Failure failure) => new(default, failure);
}
