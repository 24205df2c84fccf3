using System.Globalization;
using System.Text;
using Archive.Classification;
using Archive.Extraction;
using Archive.Segmentation;

namespace Archive.Training;

/// <summary>
/// Trains the weights of <see cref="ItemHeadingDetector"/> as an averaged structured perceptron
/// (Collins 2002): decode each document with the current weights and, where the chosen headings
/// differ from the labelled ones, move the weights toward the labelled sequence's features and
/// away from the prediction's. Deterministic: a fixed seed orders the documents.
/// </summary>
public sealed class ItemHeadingTrainer
{
    private readonly SectionLabeler _labeler = new();

    public int Epochs { get; init; } = 30;

    public int Seed { get; init; } = 17;

    /// <summary>A labelled document: its lines and its agenda items (printed number and title). Group keeps renderings of one meeting together.</summary>
    public sealed record Document(string Name, string Group, IReadOnlyList<SourceLine> Lines, IReadOnlyList<(string Number, string Title)> Items);

    /// <summary>Weights training starts from: a prior the perceptron refines. Empty means start from zero.</summary>
    public IReadOnlyDictionary<string, double> Prior { get; init; } = new Dictionary<string, double>();

    public Dictionary<string, double> Train(IReadOnlyList<Document> documents)
    {
        var weights = new Dictionary<string, double>(Prior, StringComparer.Ordinal);
        var accumulated = new Dictionary<string, double>(StringComparer.Ordinal);
        var prepared = documents.Select(d => (Candidates: new ItemHeadingDetector(_labeler, weights).Candidates(d.Lines), d.Items)).ToList();
        var order = Enumerable.Range(0, prepared.Count).ToArray();
        var random = new Random(Seed);
        var step = 1;
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (candidates, items) = prepared[index];
                var gold = GoldSequence(candidates, items);
                var (predicted, dominant) = new ItemHeadingDetector(_labeler, weights).Decode(candidates);
                if (!predicted.Select(c => c.LineIndex).SequenceEqual(gold.Select(c => c.LineIndex)))
                {
                    var goldStyle = gold.GroupBy(c => c.Style).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
                    var wanted = ItemHeadingDetector.SequenceFeatures(gold, goldStyle);
                    var got = ItemHeadingDetector.SequenceFeatures(predicted, dominant);
                    foreach (var name in wanted.Keys.Union(got.Keys))
                    {
                        var delta = wanted.GetValueOrDefault(name) - got.GetValueOrDefault(name);
                        weights[name] = weights.GetValueOrDefault(name) + delta;
                        accumulated[name] = accumulated.GetValueOrDefault(name) + step * delta;
                    }
                }
                step++;
            }
        }
        // Averaged weights: w - (Σ step·Δ) / steps, the mean of the weights over all steps.
        return weights.Keys.ToDictionary(k => k, k => Math.Round(weights[k] - accumulated.GetValueOrDefault(k) / step, 3), StringComparer.Ordinal);
    }

    /// <summary>
    /// The labelled items as candidates, in order. Aligned from the last item backwards: each item is
    /// the last candidate with its number and title before the next item's, so an agenda list or a table
    /// of contents that repeats the titles at the top never stands in for the items. An exact title
    /// wins over one that only starts like the label (a wrapped title).
    /// </summary>
    public static List<HeadingCandidate> GoldSequence(IReadOnlyList<HeadingCandidate> candidates, IReadOnlyList<(string Number, string Title)> items)
    {
        var sequence = new List<HeadingCandidate>();
        var before = int.MaxValue;
        foreach (var (number, title) in items.Reverse())
        {
            var numbered = candidates.Where(c => c.LineIndex < before && c.PrintedNumber == number).ToList();
            var match = numbered.LastOrDefault(c => Normal(c.Title) == Normal(title)) ?? numbered.LastOrDefault(c => SameStart(c.Title, title));
            if (match is not null)
            {
                sequence.Add(match);
                before = match.LineIndex;
            }
        }
        sequence.Reverse();
        return sequence;
    }

    /// <summary>Item F1 of a segmenter with this heading model on one document: number and title must both be right.</summary>
    public static double ItemF1(IHeadingScorer headings, Document document)
    {
        var found = new MeetingSegmenter(headings).Segment(document.Lines, document.Name).Items;
        var right = found.Count(i => document.Items.Any(g => g.Number == i.Number && SameStart(i.Title, g.Title)));
        var precision = found.Count == 0 ? 0 : right / (double)found.Count;
        var recall = document.Items.Count == 0 ? 1 : right / (double)document.Items.Count;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /// <summary>
    /// The candidates of the documents, each labelled whether it is one of the document's labelled headings:
    /// what the ML.NET heading model learns from.
    /// </summary>
    public static IEnumerable<(IReadOnlyDictionary<string, double> Features, bool IsHeading)> CandidateExamples(IEnumerable<Document> documents)
    {
        var detector = new ItemHeadingDetector(new SectionLabeler(), new Dictionary<string, double>());
        foreach (var document in documents)
        {
            var candidates = detector.Candidates(document.Lines);
            var gold = GoldSequence(candidates, document.Items).ToHashSet();
            foreach (var candidate in candidates)
            {
                yield return (candidate.Features, gold.Contains(candidate));
            }
        }
    }

    /// <summary>The ML.NET heading model trained on these documents' candidates.</summary>
    public static HeadingModel TrainModel(IEnumerable<Document> documents) => HeadingModel.Train(CandidateExamples(documents));

    /// <summary>Leave-one-meeting-out: each meeting (all its renderings) is segmented by models trained without it.</summary>
    public string Evaluate(IReadOnlyList<Document> documents, IReadOnlyDictionary<string, double> prior)
    {
        var report = new StringBuilder();
        report.AppendLine("## Agenda-item headings: evaluation");
        report.AppendLine();
        report.AppendLine("Leave-one-meeting-out item F1 (number and title right): each meeting, in each rendering, is segmented with");
        report.AppendLine("models trained on the other meetings only. `prior` is the hand-set prior (Segmentation/item-heading-prior.txt)");
        report.AppendLine("alone; `from prior` is the in-house perceptron refining it on the data (what ships); `from zero` the perceptron");
        report.AppendLine("learning from the data alone; `ML.NET` a logistic regression over the candidates with the prior's sequence weights");
        report.AppendLine("(measured, not shipped).");
        report.AppendLine();
        report.AppendLine("| document | prior | from prior | from zero | ML.NET |");
        report.AppendLine("|---|---|---|---|---|");
        var columns = new List<double>[] { [], [], [], [] };
        var fromZero = new ItemHeadingTrainer { Epochs = Epochs, Seed = Seed };
        foreach (var group in documents.Select(d => d.Group).Distinct(StringComparer.Ordinal))
        {
            var training = documents.Where(d => d.Group != group).ToList();
            IHeadingScorer[] models = [new LinearHeadingScorer(prior), new LinearHeadingScorer(Train(training)), new LinearHeadingScorer(fromZero.Train(training)), TrainModel(training)];
            foreach (var document in documents.Where(d => d.Group == group))
            {
                var f1 = models.Select(m => ItemF1(m, document)).ToArray();
                for (var k = 0; k < f1.Length; k++)
                {
                    columns[k].Add(f1[k]);
                }
                report.AppendLine(CultureInfo.InvariantCulture, $"| {document.Name} | {string.Join(" | ", f1.Select(f => f.ToString("0.000", CultureInfo.InvariantCulture)))} |");
            }
        }
        report.AppendLine(CultureInfo.InvariantCulture, $"| **mean** | {string.Join(" | ", columns.Select(c => $"**{c.Average().ToString("0.000", CultureInfo.InvariantCulture)}**"))} |");
        return report.ToString();
    }

    public static string ToWeightsFile(IReadOnlyDictionary<string, double> weights)
    {
        var text = new StringBuilder();
        text.AppendLine("# Weights of the agenda-item heading scorer (feature<TAB>weight), written by `./archive train`:");
        text.AppendLine("# an averaged structured perceptron over the labelled minutes. See models/EVALUATION.md.");
        foreach (var (name, value) in weights.Where(w => w.Value != 0).OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{name}\t{value:0.###}");
        }
        return text.ToString();
    }

    private static string Normal(string s) => string.Join(' ', s.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd(':', '.').ToLowerInvariant();

    private static bool SameStart(string a, string b)
    {
        var (x, y) = (Normal(a), Normal(b));
        return x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal) && x.Length >= Math.Min(20, y.Length);
    }
}
