namespace Covage.Provider.Domain.Accounts;

internal sealed record User(string Email, string Password, string FirstName, string LastName, string OperatorUuid, IReadOnlyList<string> Groups)
{
    /// <summary>AUTH-INFO-GROUPS: only these groups may post info messages.</summary>
    public bool MayPostInfo => Groups.Contains("admin") || Groups.Contains("delivery");
}
