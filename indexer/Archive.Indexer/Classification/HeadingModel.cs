using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Archive.Segmentation;

namespace Archive.Classification;

/// <summary>
/// The agenda-item heading model on ML.NET: L-BFGS logistic regression over a heading candidate's features
/// (hashed into a sparse vector), trained on whether the candidate is a labelled heading. Its score is the
/// log-odds; <see cref="ItemHeadingDetector"/>'s decoder adds the hand-set sequence weights of the prior
/// (numbering transitions, style) and picks the sequence with increasing numbers.
/// </summary>
public sealed class HeadingModel : IHeadingScorer
{
    public const string Resource = "Classification/heading-model.zip";

    private readonly MlModel<Row, Prediction> _model;
    private readonly LinearHeadingScorer _sequence = new(ItemHeadingDetector.Prior);

    private HeadingModel(MlModel<Row, Prediction> model) => _model = model;

    /// <summary>Trains on candidates labelled heading or not. Deterministic: a fixed seed and one thread.</summary>
    public static HeadingModel Train(IEnumerable<(IReadOnlyDictionary<string, double> Features, bool IsHeading)> examples, int seed = 17)
    {
        var ml = new MLContext(seed);
        examples = examples.ToList();
        var shared = examples.SelectMany(e => e.Features.Keys).Distinct(StringComparer.Ordinal).GroupBy(HashedVector.HeadingSlot).FirstOrDefault(g => g.Count() > 1);
        if (shared is not null)
        {
            throw new InvalidOperationException($"heading features {string.Join(" and ", shared)} share a slot of the model's vector: rename one");
        }
        // Headings are few among the candidates: weighing both classes alike keeps a rare heading layout's score above zero.
        var headings = Math.Max(1, examples.Count(e => e.IsHeading));
        var weight = Math.Max(1, (examples.Count() - headings) / (float)headings);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Row { Label = e.IsHeading, Weight = e.IsHeading ? weight : 1, Features = HashedVector.Heading(e.Features) }));
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            NumberOfThreads = 1,
            ExampleWeightColumnName = nameof(Row.Weight),
        });
        return new HeadingModel(new MlModel<Row, Prediction>(ml, trainer.Fit(data), data.Schema));
    }

    public static HeadingModel Load(Stream stream) => new(new MlModel<Row, Prediction>(stream));

    /// <summary>The model that ships, embedded in this library.</summary>
    public static HeadingModel FromResource()
    {
        using var stream = EmbeddedModel.Open(Resource);
        return Load(stream);
    }

    public byte[] ToBytes() => _model.ToBytes();

    public double Candidate(IReadOnlyDictionary<string, double> features) => _model.Predict(new Row { Features = HashedVector.Heading(features) }).Score;

    public double Sequence(IReadOnlyDictionary<string, double> features) => _sequence.Sequence(features);

    public sealed class Row
    {
        public bool Label { get; set; }

        public float Weight { get; set; } = 1;

        [VectorType(HashedVector.HeadingSize)]
        public VBuffer<float> Features { get; set; }
    }

    public sealed class Prediction
    {
        public float Score { get; set; }
    }
}
