using Covage.Provider.Domain.Orders;

namespace Covage.Provider.Simulation;

/// <summary>
/// <c>--autopilot</c>: moves each submitted order along a realistic path for its kind, one step per
/// few seconds of the provider's clock, so a client sees a whole lifecycle without driving it:
/// appointments for line building, a sensitive-access confirmation for some copper activations,
/// and an immediate end of service for terminates.
/// </summary>
internal sealed class Autopilot(Sandbox sandbox)
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(3);

    // Timers are kept here: an unreferenced timer may be collected before it fires.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ITimer> _timers = new(StringComparer.Ordinal);

    public void Start()
    {
        Hook(sandbox.Current);
        sandbox.WorldCreated += Hook;
    }

    private void Hook(World world) => world.Orders.Submitted += order => Schedule(world, order, 0);

    private void Schedule(World world, Order order, int index)
    {
        var path = PathFor(order);
        if (index >= path.Count)
        {
            if (_timers.TryRemove(order.Uuid, out var done))
            {
                done.Dispose();
            }

            return;
        }

        var timer = sandbox.Clock.CreateTimer(_ =>
        {
            var (to, extra) = path[index];
            var moved = to is null
                ? world.Covage.Inject(order.Uuid, extra!, null, null).TryGetValue(out var _)
                : world.Covage.Transition(order.Uuid, to, extra, null).TryGetValue(out var _);
            if (moved)
            {
                Schedule(world, order, index + 1);
            }
        }, null, Step, Timeout.InfiniteTimeSpan);
        if (_timers.TryGetValue(order.Uuid, out var previous))
        {
            previous.Dispose();
        }

        _timers[order.Uuid] = timer;
    }

    /// <summary>Each step is a transition (status, optional extra event) or an event alone (null status).</summary>
    internal static IReadOnlyList<(string? To, string? Event)> PathFor(Order order) => order.Kind switch
    {
        OrderKind.CopperLineBuilding =>
        [
            ("acknowledged", null), ("running", null), (null, "order-appointment-agreed"),
            (null, "order-appointment-confirmed"), ("completed", null),
        ],
        OrderKind.CopperActivate when order.Reference[^1] is '0' or '2' or '4' or '6' or '8' =>
        [
            ("acknowledged", null), ("running", null), ("pending", "order-sensibleaccess"), ("running", null), ("completed", null),
        ],
        OrderKind.CopperActivate => [("acknowledged", null), ("running", null), ("completed", null)],
        OrderKind.Fiber =>
        [
            ("acknowledged", null), ("running", null), (null, "order-appointment-agreed"),
            (null, "order-on-site-intervention-succeeded"), ("completed", null),
        ],
        _ => [("acknowledged", null), ("running", null), ("completed", null)],
    };
}
