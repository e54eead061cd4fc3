namespace Covage.Conformance.Tests.Certification;

/// <summary>The command line that starts the test client (tests/Covage.ClientUnderTest) in one of its variants.</summary>
internal static class ClientUnderTest
{
    public static string[] Command(string variant) =>
        [Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", Path.Combine(AppContext.BaseDirectory, "Covage.ClientUnderTest.dll"), variant];
}
