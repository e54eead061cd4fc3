using Covage.Conformance.Targets;
using Reqnroll;
using Reqnroll.BoDi;
using Reqnroll.Formatters.Configuration;
using Reqnroll.Infrastructure;
using Reqnroll.Tracing;

namespace Covage.Conformance.Running;

/// <summary>
/// One Reqnroll global container per run: the run's target and formatter files live there, so runs
/// against different targets can be active in one process at once (Reqnroll's static registry
/// would give every run of an assembly the same container and configuration).
/// </summary>
internal sealed class RunContainerBuilder(TargetContext target, string? reportDirectory) : ContainerBuilder
{
    protected override void RegisterDefaults(ObjectContainer container)
    {
        base.RegisterDefaults(container);
        // Before plugins load: Reqnroll resolves the global trace listener to log the loading.
        container.RegisterTypeAs<NullListener, ITraceListener>();
        container.RegisterTypeAs<KitTestRunnerManager, ITestRunnerManager>();
        container.RegisterInstanceAs(target);
        container.RegisterInstanceAs<IFormattersConfigurationProvider>(new RunFormatters(reportDirectory));
    }
}
