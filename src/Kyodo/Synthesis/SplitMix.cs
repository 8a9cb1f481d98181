namespace Kyodo.Synthesis;

/// <summary>
/// A small pseudo-random generator (SplitMix64) whose sequence is fixed by its seed on every runtime and
/// platform, unlike <see cref="Random"/>, so a synthetic data set is the same wherever it is generated.
/// </summary>
public sealed class SplitMix
{
    private ulong _state;

    public SplitMix(ulong seed) => _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>An integer in [0, <paramref name="max"/>).</summary>
    public int Below(int max) => max <= 1 ? 0 : (int)(Next() % (ulong)max);

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Below(max - min + 1);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => (Next() >> 11) * (1.0 / (1UL << 53)) < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>A generator for a part of the data set, independent of how much the other parts drew.</summary>
    public SplitMix Fork(ulong salt) => new(Next() ^ (salt * 0xD1B54A32D192ED03UL));
}
