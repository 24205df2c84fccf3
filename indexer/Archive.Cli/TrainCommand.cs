using System.CommandLine;
using System.Globalization;
using Archive.Classification;
using Archive.Training;

namespace Archive.Cli;

/// <summary>`./archive train`: retrains the heading and outcome models from the labelled data and writes their evaluation.</summary>
public sealed class TrainCommand : ArchiveCommand
{
    private readonly Option<string> _root = new("--root") { Description = "The repository root holding corpus/ and training/", HelpName = "DIR", DefaultValueFactory = _ => "." };

    public TrainCommand()
        : base("train", "Retrain the heading and outcome models (ML.NET) and write their evaluation to models/EVALUATION.md (rebuild to use them)",
            "./archive train")
    {
        Add(_root);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var root = parse.GetValue(_root)!;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Progress(string step) => Console.Error.WriteLine($"train: {clock.Elapsed:mm\\:ss} {step}");
        var extractor = new Extraction.DocumentExtractor();
        var library = Path.Combine(root, "indexer/Archive.Indexer");

        // Headings first: the outcome model reads the decisions through a segmenter with the heading model just trained.
        var prior = Segmentation.ItemHeadingDetector.Prior;
        var headingTrainer = new ItemHeadingTrainer { Prior = prior };
        var real = TrainingData.Real(Path.Combine(root, "corpus/real"), extractor).ToList();
        var other = TrainingData.Seeds(Path.Combine(root, "corpus"), extractor)
            .Concat(TrainingData.Labelled(Path.Combine(root, "training/segmentation"), extractor)).ToList();
        Progress("headings: leave one meeting out over the seeds and training/");
        var headingReport = headingTrainer.Evaluate(other, prior);
        // The in-house perceptron ships for headings: the ML.NET model lost to it out of sample (models/EVALUATION.md).
        // It learns from the seeds and training/ only: learning the real minutes too cost the seeds items (see README).
        Progress("headings: the weights that ship");
        var headingWeights = headingTrainer.Train(other);
        var headingModel = new Segmentation.LinearHeadingScorer(headingWeights);

        var outcomeTrainer = new OutcomeModelTrainer();
        var handLabelled = OutcomeModelTrainer.LoadTsv(Path.Combine(root, "training/outcomes.tsv"));
        var gold = OutcomeModelTrainer.LoadGold(Path.Combine(root, "corpus/gold"), Path.Combine(root, "corpus/txt"), headingModel);
        var realOutcomes = OutcomeModelTrainer.LoadReal(real, headingModel);
        var realReport = new CorpusEvaluation { HeadingTrainer = headingTrainer, Progress = o => Progress("leave out " + o) }.Report(real, other, [.. handLabelled, .. gold], realOutcomes);
        var systemScores = CorpusEvaluation.LeaveOneSystemOut(real, new Segmentation.MeetingSegmenter(headingModel), [.. handLabelled, .. gold], realOutcomes,
            f => Progress("leave out system " + f));
        var systemReport = CorpusEvaluation.SystemReport(real, systemScores);
        Progress("outcomes: the model that ships");
        var outcomeModel = (OutcomeModel)outcomeTrainer.Train([.. handLabelled, .. gold, .. realOutcomes]);
        File.WriteAllText(Path.Combine(library, "Segmentation/item-heading-weights.txt"), ItemHeadingTrainer.ToWeightsFile(headingWeights));
        File.WriteAllBytes(Path.Combine(library, OutcomeModel.Resource), outcomeModel.ToBytes());
        Progress("outcomes: leave one document out");
        var outcomeReport = outcomeTrainer.Evaluate(handLabelled, gold);

        Directory.CreateDirectory(Path.Combine(root, "models"));
        var report = $"# Models: evaluation\n\nRegenerate with `./archive train` (deterministic: fixed seeds, one thread).\n\n{realReport}\n{systemReport}\n{headingReport}\n{outcomeReport.Replace("# Outcome", "## Outcome", StringComparison.Ordinal)}";
        File.WriteAllText(Path.Combine(root, "models/EVALUATION.md"), report);
        Console.WriteLine(report);
        Console.WriteLine($"heading weights from {other.Count} documents, outcome model from {handLabelled.Count} hand-labelled, {gold.Count} seed and {realOutcomes.Count} real gold decisions; rebuild to use them");
        return 0;
    }
}
