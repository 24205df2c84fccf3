using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Classification;
using Archive.Segmentation;

namespace Archive.Training;

/// <summary>
/// Measures segmentation and outcomes against gold: item F1 (number and title), decisions whose
/// start is exact, outcome accuracy and meeting dates, per document and summed per organisation.
/// </summary>
public static partial class CorpusEvaluator
{
    /// <summary>Counts for one document or a sum of documents.</summary>
    /// <param name="Invented">Items found whose number the gold does not have (a non-minutes document's items count when anything is decided in them).</param>
    /// <param name="Matched">Gold items that an item found has the number of: what the outcome model was given to classify.</param>
    public sealed record Score(int Found, int Gold, int ItemsRight, int DecisionsRight, int OutcomesRight, int Dates, int DatesRight, int Invented, int Matched)
    {
        public static Score operator +(Score a, Score b) => new(a.Found + b.Found, a.Gold + b.Gold, a.ItemsRight + b.ItemsRight,
            a.DecisionsRight + b.DecisionsRight, a.OutcomesRight + b.OutcomesRight, a.Dates + b.Dates, a.DatesRight + b.DatesRight, a.Invented + b.Invented,
            a.Matched + b.Matched);

        public static Score Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

        /// <summary>The share of the items found that the gold does not have.</summary>
        public double InventedShare => Found == 0 ? 0 : Invented / (double)Found;

        public double ItemF1 => Found + Gold == 0 ? 1 : 2.0 * ItemsRight / (Found + Gold);

        public double DecisionStarts => Gold == 0 ? 1 : DecisionsRight / (double)Gold;

        public double OutcomeAccuracy => Gold == 0 ? 1 : OutcomesRight / (double)Gold;

        /// <summary>Outcomes right among the gold items found: the classifier's share, apart from the items segmentation missed.</summary>
        public double OutcomeAccuracyOnFound => Matched == 0 ? 1 : OutcomesRight / (double)Matched;

        public double DateAccuracy => Dates == 0 ? 1 : DatesRight / (double)Dates;
    }

    public static Score Evaluate(SegmentedMeeting meeting, GoldMeeting gold, OutcomeClassifier outcomes)
    {
        // A document that is not minutes has no items in its gold; the segmenter gives it one item with nothing decided.
        var found = gold.Items.Count == 0 && meeting.Items.All(i => i.Decision.Length == 0) ? [] : meeting.Items;
        var itemsRight = found.Count(i => gold.Items.Any(g => g.Number == i.Number && SameTitle(i.Title, g.Title)));
        int decisions = 0, outcomesRight = 0, matched = 0;
        foreach (var item in gold.Items)
        {
            if (found.FirstOrDefault(i => i.Number == item.Number) is not { } match)
            {
                continue;
            }
            matched++;
            // A decision printed as a numbered list ("1. Anbefales") is compared without its first marker, on both sides.
            var decision = Collapse(ListMarkerPattern().Replace(match.Decision, string.Empty));
            var start = Collapse(ListMarkerPattern().Replace(item.DecisionStart, string.Empty));
            if (start.Length == 0 ? decision.Length == 0 : decision.StartsWith(start, StringComparison.Ordinal))
            {
                decisions++;
            }
            if (item.Outcomes.Contains(outcomes.Classify(match.Decision).Outcome))
            {
                outcomesRight++;
            }
        }
        // A document that is not minutes has no meeting date: its gold gives neither a date nor bounds, and it is not counted.
        var dated = gold.Date is not null || gold.Earliest is not null || gold.Latest is not null;
        var dateRight = gold.Date is not null
            ? meeting.Metadata.Date == DateOnly.Parse(gold.Date, CultureInfo.InvariantCulture)
            : gold.Earliest is not null && gold.Latest is not null && meeting.Metadata.Date is { } d
                && d >= DateOnly.Parse(gold.Earliest, CultureInfo.InvariantCulture) && d <= DateOnly.Parse(gold.Latest, CultureInfo.InvariantCulture);
        var invented = found.Count(i => gold.Items.All(g => g.Number != i.Number));
        return new Score(found.Count, gold.Items.Count, itemsRight, decisions, outcomesRight, dated ? 1 : 0, dated && dateRight ? 1 : 0, invented, matched);
    }

    /// <summary>The gold meetings whose document can be read here (docs folder, any supported format), with its path.</summary>
    public static List<(GoldMeeting Gold, string Path)> Pairs(string goldFolder, string docsFolder) =>
        GoldMeeting.LoadFolder(goldFolder)
            .Select(g => (Gold: g, Path: Directory.Exists(docsFolder)
                ? Directory.GetFiles(docsFolder, g.Id + ".*").Order(StringComparer.Ordinal).FirstOrDefault(Extraction.DocumentExtractor.IsSupported)
                : null))
            .Where(p => p.Path is not null).Select(p => (p.Gold, p.Path!)).ToList();

    /// <summary>
    /// A Markdown table of the scores per group (organisation, system family), with the mean over groups and the worst
    /// group (for invented items: the largest share).
    /// </summary>
    public static string Table(IReadOnlyDictionary<string, Score> byGroup, string group = "organisation", string groups = "organisations")
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| {group} | items (gold) | items found | item F1 | invented items | decision start | outcome | outcome, items found | date |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var (name, score) in byGroup.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {score.Gold} | {score.Found} | {score.ItemF1:0.00} | {score.Invented} ({score.InventedShare:0.00}) | {score.DecisionStarts:0.00} | {score.OutcomeAccuracy:0.00} | {score.OutcomeAccuracyOnFound:0.00} ({score.OutcomesRight}/{score.Matched}) | {score.DateAccuracy:0.00} |");
        }
        if (byGroup.Count > 0)
        {
            var all = byGroup.Values.Aggregate(Score.Zero, (a, b) => a + b);
            var scores = byGroup.Values;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| **mean over {groups}** | {all.Gold} | {all.Found} | **{scores.Average(s => s.ItemF1):0.00}** | {all.Invented} (**{scores.Average(s => s.InventedShare):0.00}**) | **{scores.Average(s => s.DecisionStarts):0.00}** | **{scores.Average(s => s.OutcomeAccuracy):0.00}** | **{scores.Average(s => s.OutcomeAccuracyOnFound):0.00}** | **{scores.Average(s => s.DateAccuracy):0.00}** |");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| **worst {group}** |  |  | {scores.Min(s => s.ItemF1):0.00} | ({scores.Max(s => s.InventedShare):0.00}) | {scores.Min(s => s.DecisionStarts):0.00} | {scores.Min(s => s.OutcomeAccuracy):0.00} | {scores.Min(s => s.OutcomeAccuracyOnFound):0.00} | {scores.Min(s => s.DateAccuracy):0.00} |");
        }
        return text.ToString();
    }

    /// <summary>
    /// A Markdown table comparing two models per organisation: each column one measure of both (`a / b` in a cell),
    /// with the mean over organisations and the worst organisation.
    /// </summary>
    public static string Comparison(IReadOnlyList<(string Name, IReadOnlyDictionary<string, Score> A, IReadOnlyDictionary<string, Score> B, Func<Score, double> Measure)> columns)
    {
        var organisations = columns[0].A.Keys.Order(StringComparer.Ordinal).ToList();
        string Row(string name, string items, Func<IEnumerable<double>, double> over, IReadOnlyList<string> rows) =>
            $"| {name} | {items} | " + string.Join(" | ", columns.Select(c => string.Create(CultureInfo.InvariantCulture,
                $"{over(rows.Select(o => c.Measure(c.A[o]))):0.00} / {over(rows.Select(o => c.Measure(c.B[o]))):0.00}"))) + " |";
        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| organisation | items (gold) | {string.Join(" | ", columns.Select(c => c.Name))} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"|---|---|{string.Concat(columns.Select(_ => "---|"))}");
        foreach (var organisation in organisations)
        {
            text.AppendLine(Row(organisation, columns[0].A[organisation].Gold.ToString(CultureInfo.InvariantCulture), v => v.Single(), [organisation]));
        }
        if (organisations.Count > 0)
        {
            text.AppendLine(Row("**mean over organisations**", columns[0].A.Values.Sum(s => s.Gold).ToString(CultureInfo.InvariantCulture), v => v.Average(), organisations));
            text.AppendLine(Row("**worst organisation**", string.Empty, v => v.Min(), organisations));
        }
        return text.ToString();
    }

    /// <summary>Titles agree when one starts with the other (a wrapped or cut title), compared without case, spacing or a final colon or full stop.</summary>
    public static bool SameTitle(string a, string b)
    {
        var (x, y) = (Collapse(a).TrimEnd(':', '.').ToLowerInvariant(), Collapse(b).TrimEnd(':', '.').ToLowerInvariant());
        return x == y || (x.Length > 0 && y.Length > 0 && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal)) && Math.Min(x.Length, y.Length) >= 12);
    }

    /// <summary>The text with every run of white space made one space.</summary>
    public static string Collapse(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^\d{1,2}[.)]\s+")]
    private static partial Regex ListMarkerPattern();
}
