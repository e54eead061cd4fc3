using Covage.Conformance.Targets;

namespace Covage.Conformance.Tests.Targets;

/// <summary>One built-in provider (in memory) shared by a test class.</summary>
public sealed class BuiltInTargetFixture : IAsyncLifetime
{
    internal TargetContext Target { get; private set; } = null!;

    public static string SchemasDirectory => Path.Combine(AppContext.BaseDirectory, "schemas");

    public async Task InitializeAsync() => Target = await TargetFactory.BuiltInAsync(SchemasDirectory);

    public async Task DisposeAsync() => await Target.DisposeAsync();
}
