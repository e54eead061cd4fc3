using System.Net.Http.Json;
using Covage.Conformance.SchemaValidation;
using Covage.Provider;

namespace Covage.Conformance.Targets;

/// <summary>Builds the run's target: the built-in provider, or a live URL.</summary>
internal static class TargetFactory
{
    public const string BuiltInKey = "built-in-simulator-key";

    /// <summary>How long the checks before a live run (reachable, key, credentials) may wait in all.</summary>
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The built-in provider without live options, else the live target they name.</summary>
    public static Task<TargetContext> OpenAsync(LiveTargetOptions? live, string schemasDirectory) =>
        live is null ? BuiltInAsync(schemasDirectory) : LiveAsync(live, schemasDirectory);

    /// <summary>
    /// The reference provider in this process (in memory, or on loopback for real HTTP). <paramref name="around"/>
    /// may put a handler between the kit and the provider (tests use it to make a provider that breaks a rule).
    /// </summary>
    public static async Task<TargetContext> BuiltInAsync(string schemasDirectory, ProviderTransport transport = ProviderTransport.InMemory,
        Func<HttpMessageHandler, HttpMessageHandler>? around = null) =>
        await BuiltInAsync(await SchemaCatalog.LoadAsync(schemasDirectory), transport, around is null ? null : (_, inner) => around(inner));

    /// <summary>
    /// The reference provider in memory, optionally behind a handler of the caller's that may use the
    /// target's fixtures (the selftest puts a mutant there); the fixtures are read from the provider
    /// itself, around that handler. Given a <paramref name="shared"/> provider, the target resets it to its
    /// seeded state and leaves it running when disposed. The schema catalog only reads once loaded, so
    /// several targets may share one.
    /// </summary>
    public static async Task<TargetContext> BuiltInAsync(SchemaCatalog schemas, ProviderTransport transport = ProviderTransport.InMemory,
        Func<Fixtures, HttpMessageHandler, HttpMessageHandler>? wrap = null, string? name = null, ProviderHost? shared = null)
    {
        var host = shared ?? await ProviderHost.StartAsync(new ProviderOptions { SimulatorKey = BuiltInKey, EnableConsole = false, RecordTraffic = false }, transport);
        Fixtures fixtures;
        using (var plain = new HttpClient(host.CreateHandler()) { BaseAddress = host.BaseAddress, Timeout = ProbeTimeout })
        {
            if (shared is not null)
            {
                using var reset = new HttpRequestMessage(HttpMethod.Post, "_simulator/reset/");
                reset.Headers.Add("X-Simulator-Key", host.SimulatorKey);
                (await plain.SendAsync(reset)).EnsureSuccessStatusCode();
            }

            fixtures = Complete(Fixtures.Parse(await FixturesEndpoint.ReadJsonAsync(plain, host.SimulatorKey), "built-in provider fixtures"), "built-in provider fixtures", primaryGiven: false);
        }

        var handler = host.CreateHandler();

        // No client-wide timeout: each step's token stops its calls (--step-timeout).
        var http = new HttpClient(wrap is null ? handler : wrap(fixtures, handler)) { BaseAddress = host.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        return new TargetContext(name ?? (transport == ProviderTransport.InMemory ? "built-in provider" : $"built-in provider at {host.BaseAddress}"),
            host.BaseAddress, http, fixtures, schemas, host.SimulatorKey, hasSimulator: true, host: shared is null ? host : null);
    }

    /// <summary>A reference provider in memory with the built-in control key, for callers that run several targets over it.</summary>
    public static Task<ProviderHost> StartProviderAsync() =>
        ProviderHost.StartAsync(new ProviderOptions { SimulatorKey = BuiltInKey, EnableConsole = false, RecordTraffic = false }, ProviderTransport.InMemory);

    /// <summary>A live URL. Throws <see cref="TargetException"/> (exit 2) when it cannot be used.</summary>
    public static async Task<TargetContext> LiveAsync(LiveTargetOptions options, string schemasDirectory)
    {
        var baseAddress = new Uri(options.Url.EndsWith('/') ? options.Url : options.Url + "/");
        // No client-wide timeout: each step's token stops its calls (--step-timeout); the checks below have their own.
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        using var probing = new CancellationTokenSource(ProbeTimeout);
        var ct = probing.Token;
        try
        {
            try
            {
                using var probe = await http.GetAsync("api/v2/orders/", ct);
            }
            catch (HttpRequestException e)
            {
                throw new TargetException($"cannot reach {baseAddress}: {e.Message}");
            }
            catch (TaskCanceledException)
            {
                throw new TargetException($"cannot reach {baseAddress}: no answer within 30 s");
            }

            var hasSimulator = false;
            string? simulatorFixtures = null;
            if (options.SimulatorKey is { } key)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "_simulator/fixtures/");
                request.Headers.Add("X-Simulator-Key", key);
                using var response = await http.SendAsync(request, ct);
                hasSimulator = response.IsSuccessStatusCode;
                if (!hasSimulator)
                {
                    throw new TargetException($"{baseAddress} refused the simulator key (GET /_simulator/fixtures/ answered {(int)response.StatusCode})");
                }

                simulatorFixtures = await response.Content.ReadAsStringAsync(ct);
            }

            Fixtures fixtures;
            if (options.FixturesFile is { } file)
            {
                if (!File.Exists(file))
                {
                    throw new TargetException($"fixtures file not found: {file}");
                }

                fixtures = Complete(ParseFixtures(await File.ReadAllTextAsync(file, ct), file), file, options.Email is not null || options.Token is not null);
            }
            else if (simulatorFixtures is not null)
            {
                fixtures = Complete(ParseFixtures(simulatorFixtures, "the target's /_simulator/fixtures/"), "the target's /_simulator/fixtures/", options.Email is not null || options.Token is not null);
            }
            else
            {
                throw new TargetException("a live target needs its data: pass --fixtures FILE (see README, \"The fixtures document\") or --simulator-key K");
            }

            FixtureUser? primary = options.Email is { } email ? new FixtureUser(email, options.Password ?? "", ["delivery"]) : null;
            var token = options.Token;
            var login = primary ?? (token is null ? fixtures.Operators[0].UserInGroup("delivery") : null);
            if (login is not null)
            {
                using var response = await http.PostAsJsonAsync("api/v2/account/token/", new { email = login.Email, password = login.Password }, ct);
                if (!response.IsSuccessStatusCode)
                {
                    throw new TargetException($"{baseAddress} refused the credentials of {login.Email} ({(int)response.StatusCode})");
                }
            }
            else if (token is not null)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "api/v2/orders/?limit=1");
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
                using var response = await http.SendAsync(request, ct);
                if ((int)response.StatusCode == 401)
                {
                    throw new TargetException($"{baseAddress} refused the token given with --token (401)");
                }
            }

            return new TargetContext(baseAddress.ToString(), baseAddress, http, fixtures, await SchemaCatalog.LoadAsync(schemasDirectory, ct),
                options.SimulatorKey, hasSimulator, token, primary);
        }
        catch (OperationCanceledException) when (probing.IsCancellationRequested)
        {
            http.Dispose();
            throw new TargetException($"{baseAddress} did not answer the kit's checks within {ProbeTimeout.TotalSeconds:0} s");
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>The fixtures, if nothing the suite needs is missing; otherwise exit 2 naming each JSON path.</summary>
    private static Fixtures Complete(Fixtures fixtures, string source, bool primaryGiven)
    {
        var problems = FixturesCheck.Problems(fixtures, primaryGiven);
        return problems.Count == 0
            ? fixtures
            : throw new TargetException($"{source}: the fixtures leave out what the suite needs: {string.Join(Environment.NewLine, problems)}");
    }

    private static Fixtures ParseFixtures(string json, string source)
    {
        try
        {
            return Fixtures.Parse(json, source);
        }
        catch (FormatException e)
        {
            throw new TargetException(e.Message);
        }
    }
}

/// <summary>How to reach a live target.</summary>
internal sealed record LiveTargetOptions(string Url, string? Token, string? Email, string? Password, string? SimulatorKey, string? FixturesFile);

/// <summary>The target cannot be used: the CLI prints the message and exits 2.</summary>
internal sealed class TargetException(string message) : Exception(message);
