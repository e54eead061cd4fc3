using Covage.ClientUnderTest;

// certify-client gives the sandbox's coordinates in the environment; the first argument picks a variant.
var variant = args.Length > 0 ? args[0] : "well-behaved";
using var api = new SandboxApi(
    new Uri(Environment.GetEnvironmentVariable("COVAGE_BASE_URL") ?? throw new InvalidOperationException("COVAGE_BASE_URL is not set")),
    Environment.GetEnvironmentVariable("COVAGE_SIMULATOR_KEY") ?? "",
    hasty: variant == "hasty");
if (variant == "poses-as-console")
{
    // A client that marks its calls as the sandbox console's, hoping to escape judgement.
    api.PoseAsConsole();
}

var client = new OrderingClient(api, Fixtures.Read(Environment.GetEnvironmentVariable("COVAGE_FIXTURES")!),
    Environment.GetEnvironmentVariable("COVAGE_EMAIL")!, Environment.GetEnvironmentVariable("COVAGE_PASSWORD")!);
await client.RunAsync(variant);
Console.WriteLine($"client {variant}: done");
