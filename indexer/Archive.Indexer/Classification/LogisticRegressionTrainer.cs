namespace Archive.Classification;

/// <summary>
/// Trains a <see cref="LinearModel"/> by stochastic gradient descent on the multinomial
/// logistic loss with L2 regularisation. Deterministic: a fixed seed orders the examples.
/// </summary>
public sealed class LogisticRegressionTrainer
{
    public int Epochs { get; init; } = 40;

    public double LearningRate { get; init; } = 0.2;

    public double L2 { get; init; } = 1e-4;

    public int Seed { get; init; } = 17;

    public LinearModel Train(IReadOnlyList<string> classes, IReadOnlyList<(IReadOnlyList<int> Features, string Label)> examples)
    {
        var model = new LinearModel(classes);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(Seed);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = LearningRate / (1 + epoch * 0.1);
            foreach (var index in order)
            {
                var (features, label) = examples[index];
                var target = IndexOf(classes, label);
                var probabilities = model.Probabilities(features);
                for (var k = 0; k < classes.Count; k++)
                {
                    // Gradient of the log loss for class k: p_k - [k == target].
                    var gradient = probabilities[k] - (k == target ? 1 : 0);
                    model.Bias[k] -= rate * gradient;
                    foreach (var feature in features)
                    {
                        if (!model.Weights.TryGetValue(feature, out var w))
                        {
                            w = new double[classes.Count];
                            model.Weights[feature] = w;
                        }
                        w[k] -= rate * (gradient + L2 * w[k]);
                    }
                }
            }
        }
        return model;
    }

    /// <summary>The mean log loss of the model on the examples: what training lowers.</summary>
    public static double Loss(LinearModel model, IReadOnlyList<(IReadOnlyList<int> Features, string Label)> examples) =>
        examples.Average(e => -Math.Log(Math.Max(1e-12, model.Probabilities(e.Features)[IndexOf(model.Classes, e.Label)])));

    private static int IndexOf(IReadOnlyList<string> classes, string label)
    {
        for (var i = 0; i < classes.Count; i++)
        {
            if (classes[i] == label)
            {
                return i;
            }
        }
        throw new ArgumentException($"unknown label '{label}'", nameof(label));
    }
}
