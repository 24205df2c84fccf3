namespace Archive.Classification;

/// <summary>
/// A multinomial linear model over hashed sparse features: one weight per feature and class, softmax on top.
/// The in-house outcome model, kept to compare the shipped ML.NET model with (models/EVALUATION.md).
/// </summary>
public sealed class LinearModel : IOutcomeModel
{
    public LinearModel(IReadOnlyList<string> classes)
    {
        Classes = classes;
        Bias = new double[classes.Count];
    }

    public IReadOnlyList<string> Classes { get; }

    public double[] Bias { get; }

    /// <summary>Feature index → one weight per class. Only features seen in training are stored.</summary>
    public Dictionary<int, double[]> Weights { get; } = [];

    public double[] Scores(IReadOnlyList<int> features)
    {
        var scores = (double[])Bias.Clone();
        foreach (var feature in features)
        {
            if (Weights.TryGetValue(feature, out var w))
            {
                for (var k = 0; k < scores.Length; k++)
                {
                    scores[k] += w[k];
                }
            }
        }
        return scores;
    }

    public double[] Probabilities(IReadOnlyList<int> features) => Softmax(Scores(features));

    public (string Outcome, double Confidence) Predict(IReadOnlyList<int> features)
    {
        var probabilities = Probabilities(features);
        var best = Array.IndexOf(probabilities, probabilities.Max());
        return (Classes[best], probabilities[best]);
    }

    public static double[] Softmax(double[] scores)
    {
        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        return exp.Select(e => e / sum).ToArray();
    }
}
