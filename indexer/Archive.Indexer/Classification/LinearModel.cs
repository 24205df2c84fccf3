using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Classification;

/// <summary>A multinomial linear model over hashed sparse features: one weight per feature and class, softmax on top.</summary>
public sealed class LinearModel
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

    public static double[] Softmax(double[] scores)
    {
        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        return exp.Select(e => e / sum).ToArray();
    }

    public string ToJson()
    {
        var file = new ModelFile(Classes.ToList(), Bias.Select(Round).ToList(),
            Weights.Where(w => w.Value.Any(v => Math.Abs(v) > 1e-4)).OrderBy(w => w.Key)
                .ToDictionary(w => w.Key.ToString(CultureInfo.InvariantCulture), w => w.Value.Select(Round).ToList()));
        return JsonSerializer.Serialize(file, ModelJson.Default.ModelFile);
    }

    public static LinearModel FromJson(string json)
    {
        var file = JsonSerializer.Deserialize(json, ModelJson.Default.ModelFile) ?? throw new InvalidDataException("empty model file");
        var model = new LinearModel(file.Classes);
        file.Bias.CopyTo(model.Bias);
        foreach (var (key, weights) in file.Weights)
        {
            model.Weights[int.Parse(key, CultureInfo.InvariantCulture)] = weights.ToArray();
        }
        return model;
    }

    private static double Round(double value) => Math.Round(value, 4);

    internal sealed record ModelFile(List<string> Classes, List<double> Bias, Dictionary<string, List<double>> Weights);
}

[JsonSerializable(typeof(LinearModel.ModelFile))]
internal sealed partial class ModelJson : JsonSerializerContext;
