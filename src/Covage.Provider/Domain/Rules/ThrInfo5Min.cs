using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>THR-INFO-5MIN: one info message per order every five minutes; a second one within the window is throttled.</summary>
internal static class ThrInfo5Min
{
    public const string Id = "THR-INFO-5MIN";

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public static Refusal? Check(DateTimeOffset? lastInfoAt, DateTimeOffset now)
    {
        if (lastInfoAt is not { } last || now - last >= Window)
        {
            return null;
        }

        var wait = Window - (now - last);
        return Refusal.Throttled(Id, $"One info message per order every 5 minutes: try again in {Math.Ceiling(wait.TotalSeconds)} seconds.", wait);
    }
}
