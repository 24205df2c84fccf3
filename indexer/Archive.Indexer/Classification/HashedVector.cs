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

    /// <summary>A sparse vector from (index, value) pairs folded into the length; repeated indices add up (in the order given), zeros are left out.</summary>
    public static VBuffer<float> Of(int size, IEnumerable<(int Index, float Value)> features)
    {
        // Sorted by slot, then by order given (a stable sort), so that each slot's sum adds in the order given.
        var pairs = features.Select((f, order) => (Slot: f.Index & (size - 1), Order: order, f.Value)).ToArray();
        Array.Sort(pairs, (a, b) => a.Slot != b.Slot ? a.Slot.CompareTo(b.Slot) : a.Order.CompareTo(b.Order));
        var slots = new List<int>(pairs.Length);
        var values = new List<float>(pairs.Length);
        for (var i = 0; i < pairs.Length;)
        {
            var slot = pairs[i].Slot;
            var sum = 0f;
            for (; i < pairs.Length && pairs[i].Slot == slot; i++)
            {
                sum += pairs[i].Value;
            }
            if (sum != 0)
            {
                slots.Add(slot);
                values.Add(sum);
            }
        }
        return new VBuffer<float>(size, slots.Count, [.. values], [.. slots]);
    }

    /// <summary>The slot of a heading candidate's named feature.</summary>
    public static int HeadingSlot(string feature) => FeatureHasher.Index("heading:" + feature) & (HeadingSize - 1);

    /// <summary>A heading candidate's named features, hashed.</summary>
    public static VBuffer<float> Heading(IReadOnlyDictionary<string, double> features) =>
        Of(HeadingSize, features.Select(f => (HeadingSlot(f.Key), (float)f.Value)));

    /// <summary>A decision's binary features given by their hashed indices.</summary>
    public static VBuffer<float> Outcome(IReadOnlyList<int> indices) => Of(OutcomeSize, indices.Select(i => (i, 1f)));
}
