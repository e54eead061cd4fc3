using System.Globalization;

namespace Covage.Provider.Domain.Orders;

/// <summary>
/// ORD-REFERENCE-FORMAT: <c>OYYMMDD_XXXXX</c> with the creation date. The five digits walk a
/// permutation of 0..99999 per day, so references never repeat within a day.
/// </summary>
internal sealed class ReferenceGenerator(char prefix)
{
    private const int Step = 7919;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _countByDay = new(StringComparer.Ordinal);

    public string Next(DateTimeOffset now)
    {
        var day = now.UtcDateTime.ToString("yyMMdd", CultureInfo.InvariantCulture);
        int count;
        lock (_gate)
        {
            count = _countByDay.GetValueOrDefault(day);
            _countByDay[day] = count + 1;
        }

        var number = (int)((12345L + ((long)count * Step)) % 100_000);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{day}_{number:D5}");
    }
}
