using System.Globalization;
using System.Text;
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
            var numbered = candidates.Where(c => c.LineIndex < before && c.Number.ToString(CultureInfo.InvariantCulture) == number).ToList();
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

    /// <summary>Item F1 of a segmenter with these weights on one document: number and title must both be right.</summary>
    public static double ItemF1(IReadOnlyDictionary<string, double> weights, Document document)
    {
        var found = new MeetingSegmenter(weights).Segment(document.Lines, document.Name).Items;
        var right = found.Count(i => document.Items.Any(g => g.Number == i.Number && SameStart(i.Title, g.Title)));
        var precision = found.Count == 0 ? 0 : right / (double)found.Count;
        var recall = document.Items.Count == 0 ? 1 : right / (double)document.Items.Count;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /// <summary>Leave-one-meeting-out: each meeting (all its renderings) is segmented by weights trained without it.</summary>
    public string Evaluate(IReadOnlyList<Document> documents, IReadOnlyDictionary<string, double> prior)
    {
        var report = new StringBuilder();
        report.AppendLine("## Agenda-item headings: evaluation");
        report.AppendLine();
        report.AppendLine("Leave-one-meeting-out item F1 (number and title right): each meeting, in each rendering, is segmented with");
        report.AppendLine("weights trained on the other meetings only. `prior` is the hand-set prior (Segmentation/item-heading-prior.txt)");
        report.AppendLine("alone; `from prior` refines it on the data (what ships); `from zero` learns from the data alone.");
        report.AppendLine();
        report.AppendLine("| document | prior | from prior | from zero |");
        report.AppendLine("|---|---|---|---|");
        var columns = new List<double>[] { [], [], [] };
        var fromZero = new ItemHeadingTrainer { Epochs = Epochs, Seed = Seed };
        foreach (var group in documents.Select(d => d.Group).Distinct(StringComparer.Ordinal))
        {
            var training = documents.Where(d => d.Group != group).ToList();
            var (refined, learned) = (Train(training), fromZero.Train(training));
            foreach (var document in documents.Where(d => d.Group == group))
            {
                double[] f1 = [ItemF1(prior, document), ItemF1(refined, document), ItemF1(learned, document)];
                for (var k = 0; k < 3; k++)
                {
                    columns[k].Add(f1[k]);
                }
                report.AppendLine(CultureInfo.InvariantCulture, $"| {document.Name} | {f1[0]:0.000} | {f1[1]:0.000} | {f1[2]:0.000} |");
            }
        }
        report.AppendLine(CultureInfo.InvariantCulture, $"| **mean** | **{columns[0].Average():0.000}** | **{columns[1].Average():0.000}** | **{columns[2].Average():0.000}** |");
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
