using Reqnroll;
using Reqnroll.BoDi;
using Reqnroll.Bindings.Discovery;
using Reqnroll.Configuration;
using Reqnroll.Infrastructure;
using Reqnroll.Tracing;

namespace Covage.Conformance.Running;

/// <summary>
/// Reqnroll's test runner manager, minus its process-exit handler: Reqnroll ends a test run when the
/// process ends, and its handler keeps the whole run (containers, bindings, results) alive until
/// then. The kit's runner ends each run itself, and a selftest makes hundreds of runs in one process.
/// </summary>
internal sealed class KitTestRunnerManager(
    IObjectContainer globalContainer,
    IContainerBuilder containerBuilder,
    ReqnrollConfiguration reqnrollConfiguration,
    IRuntimeBindingRegistryBuilder bindingRegistryBuilder,
    ITestTracer testTracer)
    : TestRunnerManager(globalContainer, containerBuilder, reqnrollConfiguration, bindingRegistryBuilder, testTracer)
{
    protected override void InitializeBindingRegistry(ITestRunner testRunner) =>
        BuildBindingRegistry(_bindingRegistryBuilder.GetBindingAssemblies(TestAssembly));
}
