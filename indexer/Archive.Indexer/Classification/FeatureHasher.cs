namespace Archive.Classification;

/// <summary>Maps feature strings to indices in a fixed-size space (FNV-1a), so the model needs no vocabulary.</summary>
public static class FeatureHasher
{
    public const int Bits = 18;

    public static int Index(string feature)
    {
        var hash = 2166136261u;
        foreach (var c in feature)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash & ((1u << Bits) - 1));
    }
}
