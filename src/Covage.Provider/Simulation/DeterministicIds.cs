namespace Covage.Provider.Simulation;

/// <summary>
/// Identifiers for seeded data: the same on every start, so Pact files, the README and operators'
/// own tests can name fixture objects literally.
/// </summary>
internal sealed class DeterministicIds(int seed)
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
#pragma warning disable CA5394 // Not for security: seeded on purpose so fixtures are reproducible.
    private readonly Random _random = new(seed);

    public string Uuid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString("D");
    }

    public string Short(int length = 8) => new([.. Enumerable.Range(0, length).Select(_ => Alphabet[_random.Next(Alphabet.Length)])]);

    public int Number(int min, int max) => _random.Next(min, max);
#pragma warning restore CA5394
}
