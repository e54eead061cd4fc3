using Covage.Conformance.Cli;
using Covage.Conformance.Targets;
using Reqnroll;
using Reqnroll.BoDi;

namespace Covage.Conformance.Hooks;

/// <summary>
/// The kit's runner puts each run's target in Reqnroll's run container itself. In a team's own
/// Reqnroll project (the kit only a binding assembly there) nobody does: the target is opened once per
/// test run from reqnroll.json's <c>covage</c> section or the environment, and closed at the end.
/// </summary>
[Binding]
internal static class TargetHooks
{
    [BeforeTestRun(Order = int.MinValue)]
    public static async Task OpenTargetUnlessGiven(IObjectContainer container)
    {
        if (container.IsRegistered<TargetContext>())
        {
            return;
        }

        var json = Path.Combine(AppContext.BaseDirectory, "reqnroll.json");
        var options = EnvironmentTargetOptions.Read(File.Exists(json) ? await File.ReadAllTextAsync(json) : null, Environment.GetEnvironmentVariable);
        var target = await options.OpenAsync(KitInfo.DefaultSchemasDirectory());
        container.RegisterInstanceAs(target);
        container.RegisterInstanceAs(new OpenedTarget(target));
    }

    [AfterTestRun]
    public static async Task CloseOpenedTarget(IObjectContainer container)
    {
        if (container.IsRegistered<OpenedTarget>())
        {
            await container.Resolve<OpenedTarget>().Target.DisposeAsync();
        }
    }
}
