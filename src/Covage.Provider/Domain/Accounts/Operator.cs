namespace Covage.Provider.Domain.Accounts;

internal sealed record Operator(string Uuid, string Name, bool HasEnni, IReadOnlyList<string> Contacts, IReadOnlyList<User> Users);
