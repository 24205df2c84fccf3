namespace Archive.Segmentation;

/// <summary>
/// What <see cref="ItemHeadingDetector"/> asks of a heading model: how much a candidate line looks like an
/// agenda-item heading by its own features, and how much a sequence feature (numbering transitions, a
/// numbering style that differs from the document's) weighs in the decoder that picks the sequence.
/// </summary>
public interface IHeadingScorer
{
    /// <summary>The candidate's own score from its features: positive when it looks like a heading.</summary>
    double Candidate(IReadOnlyDictionary<string, double> features);

    /// <summary>The weight of a chosen sequence's features (style and transitions) in the decoder.</summary>
    double Sequence(IReadOnlyDictionary<string, double> features);
}

/// <summary>A linear heading scorer over one weight per feature: the in-house perceptron's weights, or the hand-set prior.</summary>
public sealed class LinearHeadingScorer(IReadOnlyDictionary<string, double> weights) : IHeadingScorer
{
    public IReadOnlyDictionary<string, double> Weights { get; } = weights;

    public double Candidate(IReadOnlyDictionary<string, double> features) => Sequence(features);

    public double Sequence(IReadOnlyDictionary<string, double> features) => features.Sum(f => Weights.GetValueOrDefault(f.Key) * f.Value);
}

