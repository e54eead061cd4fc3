using Covage.Conformance.Tests.Cli;

namespace Covage.Conformance.Tests.Certification;

/// <summary>certify-client --faults: the well-behaved client survives each fault; a hasty one is caught.</summary>
public sealed class CertifyClientFaultTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public static TheoryData<string, string> Faults => new()
    {
        { """[{"kind": "throttle", "route": "POST /api/v2/orders/", "retry_after": 2, "count": 1}]""", "CLIENT-RETRY-AFTER" },
        { """[{"kind": "unavailable", "route": "POST /api/v2/orders/", "count": 2}]""", "CLIENT-BACKOFF" },
        { """{"faults": [{"kind": "drop", "route": "POST /api/v2/orders/", "count": 1}]}""", "CLIENT-NO-BLIND-RECREATE" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task CertifyClient_WellBehavedClientUnderFaults_Exits0(string faults, string rule)
    {
        var file = _folder.File("faults.json", faults);

        var run = await Certification.ClientAsync(Path.Combine(_folder.Path, "reports"), "well-behaved", "--faults", file, "--require", "create,submit");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains(run.Summary["rules"]!.AsArray(), r => r!["rule"]!.GetValue<string>() == rule && r["result"]!.GetValue<string>() == "passed");
        Assert.Contains("\"kind\": \"" + faults.Split("\"kind\": \"")[1].Split('"')[0], run.Summary["sandbox"]!["faults"]!.ToJsonString().Replace(":", ": ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task CertifyClient_HastyClientUnderFaults_Exits1NamingTheRule(string faults, string rule)
    {
        var file = _folder.File("faults.json", faults);

        var run = await Certification.ClientAsync(Path.Combine(_folder.Path, "reports"), "hasty", "--faults", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"\n  {rule}: #", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CertifyClient_FaultTheSandboxRefuses_Exits2NamingTheField()
    {
        var file = _folder.File("faults.json", """[{"kind": "explode"}]""");

        var run = await Certification.ClientAsync(Path.Combine(_folder.Path, "reports"), "well-behaved", "--faults", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("covage-conformance: the sandbox refused the fault schedule (400): faults[0].kind: SIM-FAULT: Expected latency, throttle, unavailable or drop.",
            run.Stderr.Trim());
    }

    public void Dispose() => _folder.Dispose();
}
