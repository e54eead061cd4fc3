namespace Covage.Provider.Domain.Events;

internal enum EventSort
{
    EventDate,
    CreationDate,
}
