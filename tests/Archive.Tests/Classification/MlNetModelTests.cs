using Archive.Classification;
using Archive.Extraction;
using Archive.Training;

namespace Archive.Tests.Classification;

/// <summary>The ML.NET models: reproducible training, model files that load back unchanged, and the shipped models at work.</summary>
public class MlNetModelTests
{
    private static readonly string[] Decisions =
    [
        "Godkendt.", "Indstillingen blev godkendt.", "Taget til efterretning.", "Orienteringen blev taget til efterretning.",
        "Udvalget drøftede sagen.", "Drøftet.", "Sagen blev udsat.", "Udsat til næste møde.",
        "Kunne ikke tiltræde indstillingen.", "Afvist.", "Sagen fremsendes til Byrådet.", "Oversendes til Økonomiudvalget.",
    ];

    private static readonly string[] Labels =
        ["approved", "approved", "noted", "noted", "discussed", "discussed", "postponed", "postponed", "rejected", "rejected", "referred", "referred"];

    private static List<(IReadOnlyList<int> Features, string Label)> Examples() =>
        Decisions.Zip(Labels).Select(p => (OutcomeFeatures.Extract(p.First), p.Second)).ToList();

    private static List<ItemHeadingTrainer.Document> Seeds() =>
        TrainingData.Seeds(Repository.Corpus(), new DocumentExtractor()).Where(d => d.Name.EndsWith(".txt", StringComparison.Ordinal)).ToList();

    [Fact]
    public void OutcomeModel_TrainedTwice_IsTheSameFile_AndSurvivesIt()
    {
        var (first, second) = (OutcomeModel.Train(Examples()), OutcomeModel.Train(Examples()));
        Assert.Equal(first.ToBytes(), second.ToBytes());
        using var file = new MemoryStream(first.ToBytes());
        var loaded = OutcomeModel.Load(file);
        foreach (var (features, label) in Examples())
        {
            Assert.Equal(label, first.Predict(features).Outcome);
            Assert.Equal(first.Predict(features), second.Predict(features));
            Assert.Equal(first.Predict(features), loaded.Predict(features));
        }
    }

    [Fact]
    public void HeadingModel_TrainedTwice_IsTheSameFile_AndSurvivesIt()
    {
        var documents = Seeds();
        var (first, second) = (ItemHeadingTrainer.TrainModel(documents), ItemHeadingTrainer.TrainModel(documents));
        Assert.Equal(first.ToBytes(), second.ToBytes());
        using var file = new MemoryStream(first.ToBytes());
        var loaded = HeadingModel.Load(file);
        var candidates = ItemHeadingTrainer.CandidateExamples(documents).ToList();
        Assert.Contains(candidates, c => c.IsHeading);
        foreach (var (features, _) in candidates)
        {
            Assert.Equal(first.Candidate(features), second.Candidate(features));
            Assert.Equal(first.Candidate(features), loaded.Candidate(features));
        }
    }

    [Fact]
    public void HeadingModel_ScoresHeadingsAboveTheOtherCandidates()
    {
        var documents = Seeds();
        var model = ItemHeadingTrainer.TrainModel(documents);
        var candidates = ItemHeadingTrainer.CandidateExamples(documents).ToList();
        var headings = candidates.Where(c => c.IsHeading).Average(c => model.Candidate(c.Features));
        var others = candidates.Where(c => !c.IsHeading).Average(c => model.Candidate(c.Features));
        Assert.True(headings > 0 && others < 0, $"mean score of headings {headings}, of other candidates {others}");
    }

    [Theory]
    [InlineData("Godkendt.", "approved")]
    [InlineData("Taget til efterretning.", "noted")]
    [InlineData("Sagen blev udsat.", "postponed")]
    [InlineData("", "none")]
    public void ShippedOutcomeModel_ClassifiesPlainDecisions(string decision, string outcome) =>
        Assert.Equal(outcome, OutcomeClassifier.Default.Classify(decision).Outcome);
}
