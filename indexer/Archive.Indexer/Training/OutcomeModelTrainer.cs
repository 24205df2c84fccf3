using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Classification;
using Archive.Extraction;
using Archive.Segmentation;

namespace Archive.Training;

/// <summary>
/// Trains the outcome model from the hand-labelled decisions in training/outcomes.tsv, the gold outcomes of
/// corpus/gold and of the real minutes (decision texts found by segmenting the minutes), and evaluates it
/// leave-one-document-out: each gold meeting is predicted by a model that never saw it. The learner is the
/// ML.NET model that ships, or the in-house logistic regression it replaced (kept for the comparison).
/// </summary>
public sealed class OutcomeModelTrainer
{
    private readonly LogisticRegressionTrainer _inHouse = new();

    /// <summary>Trains the in-house model instead of the ML.NET one.</summary>
    public bool InHouse { get; init; }

    public sealed record Example(string Group, string Text, IReadOnlyList<string> Acceptable)
    {
        public string Label => Acceptable[0];

        /// <summary>The gold document the example comes from, where it has one (the real minutes).</summary>
        public string Source { get; init; } = string.Empty;
    }

    public static List<Example> LoadTsv(string path) => File.ReadLines(path)
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t', 2))
        .Select((p, i) => new Example("tsv" + (i % 5).ToString(CultureInfo.InvariantCulture), p[1], [p[0]]))
        .ToList();

    /// <param name="headings">The heading model to segment with (the one just trained); null for the one that ships.</param>
    public static List<Example> LoadGold(string goldFolder, string textFolder, IHeadingScorer? headings = null)
    {
        var extractor = new DocumentExtractor();
        var segmenter = new MeetingSegmenter(headings);
        var examples = new List<Example>();
        foreach (var goldFile in Directory.GetFiles(goldFolder, "*.json").Order(StringComparer.Ordinal))
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(goldFile));
            if (!gold.RootElement.TryGetProperty("items", out var items))
            {
                continue;
            }
            var id = gold.RootElement.GetProperty("document").GetString()!;
            var textFile = Path.Combine(textFolder, id + ".txt");
            if (!File.Exists(textFile))
            {
                continue;
            }
            var meeting = segmenter.Segment(extractor.Extract(textFile).Lines, textFile);
            foreach (var item in items.EnumerateArray())
            {
                var number = item.GetProperty("number").GetString();
                var found = meeting.Items.FirstOrDefault(i => i.Number == number);
                var outcomes = item.GetProperty("outcome").EnumerateArray().Select(o => o.GetString()!).ToList();
                if (found is not null)
                {
                    examples.Add(new Example(id, found.Decision, outcomes));
                }
            }
        }
        return examples;
    }

    /// <summary>
    /// Decisions of the real minutes as the segmenter finds them, labelled with the gold outcome; only items whose
    /// decision starts where the gold says, so the model never learns from another item's or another forum's text.
    /// </summary>
    public static List<Example> LoadReal(IEnumerable<(GoldMeeting Gold, ItemHeadingTrainer.Document Document)> real, IHeadingScorer? headings = null)
    {
        var segmenter = new MeetingSegmenter(headings);
        var examples = new List<Example>();
        foreach (var (gold, document) in real)
        {
            var items = segmenter.Segment(document.Lines, document.Name).Items;
            foreach (var item in gold.Items.Where(i => i.DecisionStart.Length > 0))
            {
                if (items.FirstOrDefault(i => i.Number == item.Number) is { } found && CorpusEvaluator.Collapse(found.Decision).StartsWith(CorpusEvaluator.Collapse(item.DecisionStart), StringComparison.Ordinal))
                {
                    examples.Add(new Example(gold.Organisation, found.Decision, item.Outcomes) { Source = gold.Id });
                }
            }
        }
        return examples;
    }

    public IOutcomeModel Train(IEnumerable<Example> examples)
    {
        var features = examples.Select(e => (OutcomeFeatures.Extract(e.Text), e.Label)).ToList();
        return InHouse ? _inHouse.Train(OutcomeClassifier.Outcomes, features) : OutcomeModel.Train(features);
    }

    /// <summary>Leave-one-group-out evaluation as a Markdown report.</summary>
    public string Evaluate(IReadOnlyList<Example> handLabelled, IReadOnlyList<Example> gold)
    {
        var all = handLabelled.Concat(gold).ToList();
        var predictions = new List<(Example Example, string Predicted)>();
        foreach (var group in all.Select(e => e.Group).Distinct())
        {
            var model = new OutcomeClassifier(Train(all.Where(e => e.Group != group)));
            predictions.AddRange(all.Where(e => e.Group == group).Select(e => (e, model.Classify(e.Text).Outcome)));
        }
        var report = new StringBuilder();
        report.AppendLine("# Outcome classifier: evaluation");
        report.AppendLine();
        report.AppendLine("Leave-one-document-out: every gold meeting is classified by a model trained without it; the hand-labelled");
        report.AppendLine("decisions of training/outcomes.tsv are evaluated in five folds the same way. A prediction is right when the");
        report.AppendLine("gold lists it among the acceptable outcomes. Regenerate with `./archive train`.");
        report.AppendLine();
        var goldPredictions = predictions.Where(p => !p.Example.Group.StartsWith("tsv", StringComparison.Ordinal)).ToList();
        report.AppendLine(CultureInfo.InvariantCulture, $"- gold decisions: {goldPredictions.Count}, accuracy {Accuracy(goldPredictions):0.000}");
        report.AppendLine(CultureInfo.InvariantCulture, $"- hand-labelled decisions: {predictions.Count - goldPredictions.Count}, accuracy {Accuracy(predictions.Except(goldPredictions).ToList()):0.000}");
        report.AppendLine();
        report.AppendLine("| outcome | precision | recall | support |");
        report.AppendLine("|---|---|---|---|");
        foreach (var label in OutcomeClassifier.Outcomes)
        {
            var predicted = predictions.Count(p => p.Predicted == label);
            var truePositive = predictions.Count(p => p.Predicted == label && p.Example.Acceptable.Contains(label));
            var support = predictions.Count(p => p.Example.Label == label);
            var recalled = predictions.Count(p => p.Example.Label == label && p.Example.Acceptable.Contains(p.Predicted));
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {label} | {(predicted == 0 ? 0 : (double)truePositive / predicted):0.00} | {(support == 0 ? 0 : (double)recalled / support):0.00} | {support} |");
        }
        return report.ToString();
    }

    private static double Accuracy(List<(Example Example, string Predicted)> predictions) =>
        predictions.Count == 0 ? 0 : predictions.Count(p => p.Example.Acceptable.Contains(p.Predicted)) / (double)predictions.Count;
}
