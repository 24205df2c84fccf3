namespace Archive.Classification;

/// <summary>Maps feature strings to indices in a fixed-size space (FNV-1a), so the model needs no vocabulary.</summary>
public static class FeatureHasher
{
    public const int Bits = 18;

    private const uint Offset = 2166136261u;

    private const uint Prime = 16777619u;

    public static int Index(string feature) => Finish(Add(Offset, feature));

    /// <summary>The index of the parts written one after the other, without building that string (FNV-1a reads characters in order).</summary>
    public static int Index(ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third = default, ReadOnlySpan<char> fourth = default) =>
        Finish(Add(Add(Add(Add(Offset, first), second), third), fourth));

    private static uint Add(uint hash, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            hash = (hash ^ c) * Prime;
        }
        return hash;
    }

    private static int Finish(uint hash) => (int)(hash & ((1u << Bits) - 1));
}
