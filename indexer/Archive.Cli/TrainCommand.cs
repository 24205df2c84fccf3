using System.CommandLine;
using System.Globalization;
using Archive.Training;

namespace Archive.Cli;

/// <summary>`./archive train`: retrains the heading and outcome models from the labelled data and writes their evaluation.</summary>
public sealed class TrainCommand : ArchiveCommand
{
    private readonly Option<string> _root = new("--root") { Description = "The repository root holding corpus/ and training/", HelpName = "DIR", DefaultValueFactory = _ => "." };

    public TrainCommand()
        : base("train", "Retrain the models and write their evaluation to models/EVALUATION.md (rebuild to use them)",
            "./archive train")
    {
        Add(_root);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var root = parse.GetValue(_root)!;
        var extractor = new Extraction.DocumentExtractor();
        var library = Path.Combine(root, "indexer/Archive.Indexer");

        // Headings first: the outcome model reads the gold decisions through a segmenter with the weights just trained.
        var prior = Text.EmbeddedText.Lines(Segmentation.ItemHeadingDetector.PriorResource)
            .Select(l => l.Split('\t')).ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var headingTrainer = new ItemHeadingTrainer { Prior = prior };
        var real = TrainingData.Real(Path.Combine(root, "corpus/real"), extractor).ToList();
        // Headings learn from the seeds and training/ only (see CorpusEvaluation.HeadingsFromReal); the real minutes are measured.
        var other = TrainingData.Seeds(Path.Combine(root, "corpus"), extractor)
            .Concat(TrainingData.Labelled(Path.Combine(root, "training/segmentation"), extractor)).ToList();
        var documents = other;
        var headingReport = headingTrainer.Evaluate(other, prior);
        var headingWeights = headingTrainer.Train(documents);

        var outcomeTrainer = new OutcomeModelTrainer();
        var handLabelled = OutcomeModelTrainer.LoadTsv(Path.Combine(root, "training/outcomes.tsv"));
        var gold = OutcomeModelTrainer.LoadGold(Path.Combine(root, "corpus/gold"), Path.Combine(root, "corpus/txt"), headingWeights);
        var realOutcomes = OutcomeModelTrainer.LoadReal(real, headingWeights);
        var realReport = new CorpusEvaluation { HeadingTrainer = headingTrainer, OutcomeTrainer = outcomeTrainer }
            .Report(real, other, [.. handLabelled, .. gold], realOutcomes);
        // The real minutes' decisions are measured, not learned: learning them cost a fixture its outcome (see models/EVALUATION.md).
        var model = outcomeTrainer.Train(handLabelled.Concat(gold));
        File.WriteAllText(Path.Combine(library, "Segmentation/item-heading-weights.txt"), ItemHeadingTrainer.ToWeightsFile(headingWeights));
        File.WriteAllText(Path.Combine(library, "Classification/outcome-model.json"), model.ToJson());
        var outcomeReport = outcomeTrainer.Evaluate(handLabelled, gold);

        Directory.CreateDirectory(Path.Combine(root, "models"));
        var report = $"# Models: evaluation\n\nRegenerate with `./archive train` (deterministic: fixed seeds).\n\n{realReport}\n{headingReport}\n{outcomeReport.Replace("# Outcome", "## Outcome", StringComparison.Ordinal)}";
        File.WriteAllText(Path.Combine(root, "models/EVALUATION.md"), report);
        Console.WriteLine(report);
        Console.WriteLine($"heading weights from {documents.Count} documents, outcome model from {handLabelled.Count} hand-labelled, {gold.Count} seed gold decisions ({realOutcomes.Count} real ones measured); rebuild to use them");
        return 0;
    }
}
