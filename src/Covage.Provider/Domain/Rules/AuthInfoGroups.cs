using Covage.Provider.Domain.Accounts;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>AUTH-INFO-GROUPS: only users of the admin or delivery group post info messages.</summary>
internal static class AuthInfoGroups
{
    public const string Id = "AUTH-INFO-GROUPS";

    public static Refusal? Check(User user) =>
        user.MayPostInfo ? null : Refusal.Forbidden(Id, "Only users of the admin or delivery group may post info messages.");
}
