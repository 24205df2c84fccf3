using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Archive.Classification;

/// <summary>
/// The outcome model on ML.NET: L-BFGS maximum entropy (multinomial logistic regression) over a decision's
/// hashed features (<see cref="OutcomeFeatures"/>: words, stems, word pairs, opening words, negations).
/// </summary>
public sealed class OutcomeModel : IOutcomeModel
{
    public const string Resource = "Classification/outcome-model.zip";

    private readonly MlModel<Row, Prediction> _model;

    private OutcomeModel(MlModel<Row, Prediction> model) => _model = model;

    /// <summary>Trains on decisions labelled with their outcome. Deterministic: a fixed seed and one thread.</summary>
    public static OutcomeModel Train(IEnumerable<(IReadOnlyList<int> Features, string Label)> examples, int seed = 17)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Row { Label = e.Label, Features = HashedVector.Outcome(e.Features) }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey(nameof(Row.Label))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                // The defaults (L1 and L2 of 1) are meant for large data: on a few hundred decisions they left
                // training phrases such as "Anbefales over for Byrådet." misclassified.
                L1Regularization = 0,
                L2Regularization = 0.01f,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue(nameof(Prediction.PredictedLabel)));
        return new OutcomeModel(new MlModel<Row, Prediction>(ml, pipeline.Fit(data), data.Schema));
    }

    public static OutcomeModel Load(Stream stream) => new(new MlModel<Row, Prediction>(stream));

    /// <summary>The model that ships, embedded in this library.</summary>
    public static OutcomeModel FromResource()
    {
        using var stream = EmbeddedModel.Open(Resource);
        return Load(stream);
    }

    public byte[] ToBytes() => _model.ToBytes();

    public (string Outcome, double Confidence) Predict(IReadOnlyList<int> features)
    {
        var prediction = _model.Predict(new Row { Features = HashedVector.Outcome(features) });
        return (prediction.PredictedLabel, prediction.Score.Length == 0 ? 0 : prediction.Score.Max());
    }

    public sealed class Row
    {
        public string Label { get; set; } = string.Empty;

        [VectorType(HashedVector.OutcomeSize)]
        public VBuffer<float> Features { get; set; }
    }

    public sealed class Prediction
    {
        public string PredictedLabel { get; set; } = string.Empty;

        public float[] Score { get; set; } = [];
    }
}
