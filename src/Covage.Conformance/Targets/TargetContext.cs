using Covage.Conformance.SchemaValidation;
using Covage.Provider;

namespace Covage.Conformance.Targets;

/// <summary>What the suite runs against: one per run, shared by every scenario.</summary>
internal sealed class TargetContext : IAsyncDisposable
{
    private readonly ProviderHost? _host;

    public TargetContext(string name, Uri baseAddress, HttpClient http, Fixtures fixtures, SchemaCatalog schemas,
        string? simulatorKey, bool hasSimulator, string? fixedToken = null, FixtureUser? primaryUser = null, ProviderHost? host = null)
    {
        Name = name;
        BaseAddress = baseAddress;
        Http = http;
        Fixtures = fixtures;
        Schemas = schemas;
        SimulatorKey = simulatorKey;
        HasSimulator = hasSimulator;
        FixedToken = fixedToken;
        PrimaryUser = primaryUser;
        _host = host;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public Fixtures Fixtures { get; }

    public SchemaCatalog Schemas { get; }

    public string? SimulatorKey { get; }

    public bool HasSimulator { get; }

    /// <summary>--token: the primary actor's token, used as given.</summary>
    public string? FixedToken { get; }

    /// <summary>--email/--password: the primary actor's credentials, over the fixtures' delivery user.</summary>
    public FixtureUser? PrimaryUser { get; }

    public FixtureOperator PrimaryOperator => Fixtures.Operators[0];

    /// <summary>How long one step may run before its calls are stopped (<c>--step-timeout</c>); set before the run starts.</summary>
    public TimeSpan StepTimeout { get; set; } = Drivers.StepDeadline.DefaultTimeout;

    /// <summary>The run's clock, on which step timeouts are counted; set before the run starts.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>The user an actor logs in as, or null when the fixtures cannot provide one.</summary>
    public (FixtureUser User, FixtureOperator Operator)? UserFor(Actor actor)
    {
        var operators = Fixtures.Operators;
        return actor switch
        {
            Actor.Primary => PrimaryUser is { } u ? (u, operators[0]) : With(operators[0], operators[0].UserInGroup("delivery") ?? operators[0].UserInGroup("admin")),
            Actor.Viewer => With(operators[0], operators[0].UserInGroup(null)),
            Actor.Admin => With(operators[0], operators[0].UserInGroup("admin")),
            Actor.OtherOperator => operators.Count > 1 ? With(operators[1], operators[1].UserInGroup("delivery")) : null,
            Actor.NoEnniOperator => operators.FirstOrDefault(o => !o.HasEnni) is { } op ? With(op, op.UserInGroup("delivery")) : null,
            _ => null,
        };

        static (FixtureUser, FixtureOperator)? With(FixtureOperator op, FixtureUser? user) => user is null ? null : (user, op);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
