using Reqnroll;
using Reqnroll.Infrastructure;
using Reqnroll.Plugins;
using Reqnroll.Tracing;
using Reqnroll.UnitTestProvider;

[assembly: RuntimePlugin(typeof(TeamSuite.XunitStandIn))]

namespace TeamSuite;

/// <summary>
/// What Reqnroll.xUnit brings to a real team project (not served here): the test framework's
/// outcomes. A real project deletes this file and references Reqnroll.xUnit instead.
/// </summary>
public sealed class XunitStandIn : IRuntimePlugin, IUnitTestRuntimeProvider
{
    public void Initialize(RuntimePluginEvents runtimePluginEvents, RuntimePluginParameters runtimePluginParameters, UnitTestProviderConfiguration unitTestProviderConfiguration)
    {
        unitTestProviderConfiguration.UseUnitTestProvider("xunit-stand-in");
        runtimePluginEvents.RegisterGlobalDependencies += (_, args) =>
        {
            args.ObjectContainer.RegisterInstanceAs<IUnitTestRuntimeProvider>(this, "xunit-stand-in");
            args.ObjectContainer.RegisterTypeAs<AttachmentHandler, IReqnrollAttachmentHandler>();
        };
    }

    public void TestPending(string message) => throw new InvalidOperationException("pending: " + message);

    public void TestInconclusive(string message) => throw new InvalidOperationException("inconclusive: " + message);

    public void TestIgnore(string message) => throw new InvalidOperationException("ignored: " + message);

    public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception) => null;

    private sealed class AttachmentHandler(ITraceListener traceListener) : ReqnrollAttachmentHandler(traceListener);
}
