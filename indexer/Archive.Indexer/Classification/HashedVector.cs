using Microsoft.ML.Data;

namespace Archive.Classification;

/// <summary>Sparse feature vectors for the ML.NET models: hashed feature indices (<see cref="FeatureHasher"/>) with their values.</summary>
public static class HashedVector
{
    /// <summary>
    /// The heading model's vector: a few dozen named layout features. Small, because L-BFGS's cost grows with the
    /// vector's length; training checks that no two features share a slot.
    /// </summary>
    public const int HeadingSize = 1 << 12;

    /// <summary>The outcome model's vector: words, stems and word pairs of the decisions.</summary>
    public const int OutcomeSize = 1 << 15;

    /// <summary>A sparse vector from (index, value) pairs folded into the length; repeated indices add up, zeros are left out.</summary>
    public static VBuffer<float> Of(int size, IEnumerable<(int Index, float Value)> features)
    {
        var merged = new SortedDictionary<int, float>();
        foreach (var (index, value) in features)
        {
            var slot = index & (size - 1);
            merged[slot] = merged.GetValueOrDefault(slot) + value;
        }
        var present = merged.Where(p => p.Value != 0).ToArray();
        return new VBuffer<float>(size, present.Length, present.Select(p => p.Value).ToArray(), present.Select(p => p.Key).ToArray());
    }

    /// <summary>The slot of a heading candidate's named feature.</summary>
    public static int HeadingSlot(string feature) => FeatureHasher.Index("heading:" + feature) & (HeadingSize - 1);

    /// <summary>A heading candidate's named features, hashed.</summary>
    public static VBuffer<float> Heading(IReadOnlyDictionary<string, double> features) =>
        Of(HeadingSize, features.Select(f => (HeadingSlot(f.Key), (float)f.Value)));

    /// <summary>A decision's binary features given by their hashed indices.</summary>
    public static VBuffer<float> Outcome(IReadOnlyList<int> indices) => Of(OutcomeSize, indices.Select(i => (i, 1f)));
}
