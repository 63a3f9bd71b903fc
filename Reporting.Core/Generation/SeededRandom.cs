namespace Reporting.Core.Generation;

/// <summary>
/// A small deterministic random source (SplitMix64): the same seed gives the same sequence on every machine and .NET
/// version, which <see cref="System.Random"/> does not promise. Each project draws from its own streams, so a project's
/// records do not depend on how many projects come before it.
/// </summary>
internal sealed class SeededRandom
{
    private ulong _state;

    private SeededRandom(ulong state) => _state = state;

    /// <summary>The stream <paramref name="stream"/> of project <paramref name="project"/> under <paramref name="seed"/>.</summary>
    public static SeededRandom For(ulong seed, long project, int stream) =>
        new(Mix(Mix(seed ^ 0x6A09E667F3BCC909UL) ^ Mix((ulong)project * 0x9E3779B97F4A7C15UL + (ulong)stream)));

    /// <summary>A well-mixed hash of three values (for weights that are recomputed instead of stored).</summary>
    public static ulong Hash(ulong seed, long a, long b) => Mix(Mix(seed ^ (ulong)a * 0xBF58476D1CE4E5B9UL) ^ (ulong)b);

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>0 ≤ result &lt; <paramref name="bound"/> (bound ≥ 1).</summary>
    public int Below(int bound) => (int)Math.BigMul(NextULong(), (ulong)bound, out _);

    /// <summary><paramref name="min"/> ≤ result ≤ <paramref name="max"/>.</summary>
    public int Between(int min, int max) => min + Below(max - min + 1);

    /// <summary>True with a chance of <paramref name="permille"/> in 1000.</summary>
    public bool Chance(int permille) => Below(1000) < permille;

    /// <summary>One of <paramref name="items"/>, each equally likely.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>An index into <paramref name="weights"/>, each as likely as its weight.</summary>
    public int Weighted(ReadOnlySpan<int> weights)
    {
        int total = 0;
        foreach (var w in weights)
        {
            total += w;
        }
        int x = Below(total);
        for (int i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
