using System.Collections.Concurrent;
using Covage.Provider.Domain.Accounts;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Events;
using Covage.Provider.Domain.Orders;

namespace Covage.Provider.Domain;

/// <summary>Everything the provider knows: seeded reference data plus the orders, services and events made since.</summary>
internal sealed class ProviderState(TimeProvider clock, ProductCatalogue catalogue)
{
    public TimeProvider Clock { get; } = clock;

    public ProductCatalogue Catalogue { get; } = catalogue;

    public Dictionary<string, Operator> Operators { get; } = new(StringComparer.Ordinal);

    /// <summary>Users by lower-case e-mail (AUTH-TOKEN: e-mail is case-insensitive).</summary>
    public Dictionary<string, User> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, Eligibility> Eligibilities { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Building> Buildings { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, Service> Services { get; } = new(StringComparer.Ordinal);

    /// <summary>Every order by uuid, each in its slot (written by the order store alone, and by seeding).</summary>
    public ConcurrentDictionary<string, OrderSlot> Orders { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, OperatorBook> Books { get; } = new(StringComparer.Ordinal);

    public EventLog Events { get; } = new(clock);

    public ReferenceGenerator OrderReferences { get; } = new('O');

    public ReferenceGenerator ServiceReferences { get; } = new('S');

    public OperatorBook Book(string operatorUuid) => Books.GetOrAdd(operatorUuid, _ => new OperatorBook());

    public Service? FindService(string operatorUuid, string? uuid, string? reference) =>
        Services.Values.FirstOrDefault(s => s.OperatorUuid == operatorUuid && (uuid is not null ? s.Uuid == uuid : s.Ref == reference));
}
