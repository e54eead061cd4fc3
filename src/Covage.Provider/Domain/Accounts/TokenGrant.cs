namespace Covage.Provider.Domain.Accounts;

internal sealed record TokenGrant(string Access, string Refresh, User User, DateTimeOffset AccessExpires, DateTimeOffset RefreshExpires);
