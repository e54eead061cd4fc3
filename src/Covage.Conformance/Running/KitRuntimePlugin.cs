using Covage.Conformance.Running;
using Reqnroll.Analytics;
using Reqnroll.Events;
using Reqnroll.Infrastructure;
using Reqnroll.Plugins;
using Reqnroll.Tracing;
using Reqnroll.UnitTestProvider;

[assembly: RuntimePlugin(typeof(KitRuntimePlugin))]

namespace Covage.Conformance.Running;

/// <summary>
/// How Reqnroll's runtime behaves when the kit's own runner drives it (the kit's assembly is then the
/// "test assembly" whose plugin Reqnroll loads). It stands in for a test-framework plugin: the kit's
/// unit-test provider defines pending, ignored and not applicable; no telemetry leaves the machine;
/// no per-step trace is formatted or printed; a <c>{string}</c> reads as in Cucumber; each scenario's steps are recorded for the kit's reports.
/// In a team's own Reqnroll project the kit is only a binding assembly, and none of this is loaded.
/// </summary>
internal sealed class KitRuntimePlugin : IRuntimePlugin
{
    public const string UnitTestProviderName = "covage-kit";

    public void Initialize(RuntimePluginEvents runtimePluginEvents, RuntimePluginParameters runtimePluginParameters, UnitTestProviderConfiguration unitTestProviderConfiguration)
    {
        unitTestProviderConfiguration.UseUnitTestProvider(UnitTestProviderName);
        runtimePluginEvents.RegisterGlobalDependencies += (_, args) =>
        {
            args.ObjectContainer.RegisterTypeAs<KitUnitTestRuntimeProvider, IUnitTestRuntimeProvider>(UnitTestProviderName);
            args.ObjectContainer.RegisterTypeAs<TelemetryOff, IEnvironmentReqnrollTelemetryChecker>();
            args.ObjectContainer.RegisterTypeAs<KitAttachmentHandler, IReqnrollAttachmentHandler>();
            args.ObjectContainer.RegisterTypeAs<CucumberStringArguments, IMatchArgumentCalculator>();
        };
        runtimePluginEvents.CustomizeTestThreadDependencies += (_, args) =>
        {
            args.ObjectContainer.RegisterTypeAs<NullListener, ITraceListener>();
            args.ObjectContainer.RegisterTypeAs<NullTestTracer, ITestTracer>();
            args.ObjectContainer.Resolve<ITestThreadExecutionEventPublisher>().AddListener((IAsyncExecutionEventListener)new StepRecorder());
        };
    }
}
