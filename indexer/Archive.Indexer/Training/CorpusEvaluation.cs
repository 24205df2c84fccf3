using System.Text;
using Archive.Classification;
using Archive.Extraction;
using Archive.Segmentation;

namespace Archive.Training;

/// <summary>
/// Leave-one-municipality-out evaluation over the real minutes: each organisation's documents are
/// segmented and classified by models trained without any of that organisation's minutes, and
/// compared with the same learners trained as before the real corpus existed (seeds and training/ only).
/// </summary>
public sealed class CorpusEvaluation
{
    public required ItemHeadingTrainer HeadingTrainer { get; init; }

    public required OutcomeModelTrainer OutcomeTrainer { get; init; }

    /// <summary>
    /// Whether the heading learner also learns from the other organisations' real minutes. Off in what ships:
    /// their gold is noisier (items known only from a contents list), and learning from it broke a seed.
    /// </summary>
    public bool HeadingsFromReal { get; init; }

    /// <param name="real">The real minutes with their gold.</param>
    /// <param name="otherHeadings">Heading training documents that belong to no organisation (seeds, training/).</param>
    /// <param name="otherOutcomes">Outcome examples that belong to no organisation (training/outcomes.tsv, the seeds' gold).</param>
    /// <param name="realOutcomes">Outcome examples of the real minutes, grouped by organisation.</param>
    public string Report(
        IReadOnlyList<(GoldMeeting Gold, ItemHeadingTrainer.Document Document)> real,
        IReadOnlyList<ItemHeadingTrainer.Document> otherHeadings,
        IReadOnlyList<OutcomeModelTrainer.Example> otherOutcomes,
        IReadOnlyList<OutcomeModelTrainer.Example> realOutcomes)
    {
        var before = new Dictionary<string, CorpusEvaluator.Score>(StringComparer.Ordinal);
        var after = new Dictionary<string, CorpusEvaluator.Score>(StringComparer.Ordinal);
        // The in-house models as they were before the real corpus: the same learners on the seeds and training/ alone.
        var shippedWeights = HeadingTrainer.Train(otherHeadings);
        var shipped = new MeetingSegmenter(shippedWeights);
        var shippedOutcomes = new OutcomeClassifier(OutcomeTrainer.Train(otherOutcomes));
        foreach (var organisation in real.Select(r => r.Gold.Organisation).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var weights = HeadingsFromReal
                ? HeadingTrainer.Train([.. otherHeadings, .. real.Where(r => r.Gold.Organisation != organisation).Select(r => r.Document)])
                : shippedWeights;
            var outcomes = new OutcomeClassifier(OutcomeTrainer.Train(otherOutcomes.Concat(realOutcomes.Where(e => e.Group != organisation))));
            var segmenter = new MeetingSegmenter(weights);
            foreach (var (gold, document) in real.Where(r => r.Gold.Organisation == organisation))
            {
                before[organisation] = before.GetValueOrDefault(organisation, CorpusEvaluator.Score.Zero)
                    + CorpusEvaluator.Evaluate(shipped.Segment(document.Lines, document.Name), gold, shippedOutcomes);
                after[organisation] = after.GetValueOrDefault(organisation, CorpusEvaluator.Score.Zero)
                    + CorpusEvaluator.Evaluate(segmenter.Segment(document.Lines, document.Name), gold, outcomes);
            }
        }
        var report = new StringBuilder();
        report.AppendLine("## Real minutes: leave one municipality out");
        report.AppendLine();
        report.AppendLine("Every organisation's minutes (corpus/real) are segmented and classified by models that never saw any of that");
        report.AppendLine("organisation's minutes. Item F1: number and title right (the mean is over organisations). Decision start: the");
        report.AppendLine("item's own decision starts as the gold says (empty where the gold has none). Outcome: among the gold's acceptable");
        report.AppendLine("outcomes. Date: the meeting's date. Web pages (HTML) are read like every other document.");
        report.AppendLine();
        report.AppendLine("### Shipped: both learners trained on the seeds, training/ and training/outcomes.tsv (they never see the real minutes)");
        report.AppendLine();
        report.AppendLine(CorpusEvaluator.Table(before));
        report.AppendLine(HeadingsFromReal
            ? "### Measured, not shipped: both learners also trained on the other organisations' real minutes"
            : "### Measured, not shipped: the outcome model also trained on the other organisations' real minutes");
        report.AppendLine();
        report.AppendLine(CorpusEvaluator.Table(after));
        return report.ToString();
    }
}
