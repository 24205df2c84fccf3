using Archive.Classification;
using Archive.Extraction;
using Archive.Segmentation;
using Archive.Training;

namespace Archive.Tests.Segmentation;

/// <summary>
/// The shipped segmenter and outcome model on the real minutes of corpus/real (hand-written gold, from
/// municipalities and minutes systems the models never trained on), averaged per organisation, with
/// floors a little under what they reach today. The targets are higher; see models/EVALUATION.md.
/// </summary>
public class RealMinutesEvaluationTests
{
    [Fact]
    public void RealMinutes_AreSegmentedAndClassified_AboveTheFloors()
    {
        var pairs = CorpusEvaluator.Pairs(Repository.Corpus("real", "gold"), Repository.Corpus("real", "docs"));
        Assert.True(pairs.Select(p => p.Gold.Organisation).Distinct().Count() >= 15, "corpus/real should hold minutes of at least 15 organisations");
        var extractor = new DocumentExtractor();
        var segmenter = new MeetingSegmenter();
        var scores = pairs.GroupBy(p => p.Gold.Organisation).ToDictionary(g => g.Key, g => g.Aggregate(CorpusEvaluator.Score.Zero,
            (sum, p) => sum + CorpusEvaluator.Evaluate(segmenter.Segment(extractor.Extract(p.Path).Lines, p.Path), p.Gold, OutcomeClassifier.Default)));
        var table = CorpusEvaluator.Table(scores);
        // Today: item F1 0.93, decision start 0.92, outcome 0.92, date 0.98 over 79 documents of 58 organisations. (0.97,
        // 0.96, 0.96 over the 64 documents before 8 December: the 15 added since, nine from municipalities never seen,
        // hold docplayer transcripts whose items stand only in a contents line without numbers — Silkeborg, Haderslev,
        // Tønder — which the segmenter does not split.)
        Assert.True(scores.Values.Average(s => s.ItemF1) >= 0.92, table);
        Assert.True(scores.Values.Average(s => s.DecisionStarts) >= 0.91, table);
        Assert.True(scores.Values.Average(s => s.OutcomeAccuracy) >= 0.91, table);
        Assert.True(scores.Values.Average(s => s.DateAccuracy) >= 0.95, table);
    }

    [Fact]
    public void MinutesFromASystemLeftOut_AreSegmentedAndClassified_AboveTheFloors()
    {
        // Each minutes-system family held out whole: the outcome model is retrained without it (what `./archive train`
        // reports in models/EVALUATION.md); the shipped heading weights never learnt from the real minutes.
        var extractor = new DocumentExtractor();
        var real = TrainingData.Real(Repository.Corpus("real"), extractor).ToList();
        Assert.True(real.Select(r => r.Gold.Family).Distinct().Count() >= 5, "corpus/real should hold minutes of at least 5 system families");
        var other = OutcomeModelTrainer.LoadTsv(Path.Combine(Repository.Root, "training", "outcomes.tsv"))
            .Concat(OutcomeModelTrainer.LoadGold(Repository.Corpus("gold"), Repository.Corpus("txt"))).ToList();
        var scores = CorpusEvaluation.LeaveOneSystemOut(real, new MeetingSegmenter(), other, OutcomeModelTrainer.LoadReal(real));
        var table = CorpusEvaluator.Table(scores, "system family", "system families");
        // Floors a little under today's figures (mean item F1 0.97, worst 0.80, no invented items, decision start 0.95,
        // worst 0.67, outcome 0.94, worst 0.66, date 0.95); the targets for such minutes: item F1 0.90 with no
        // invented items, outcomes 0.85 in every family. The worst family (PDF transcripts, 20 documents since 8 December)
        // loses its decisions and outcomes on the items it does not find (contents lines without numbers: Struer,
        // Esbjerg, Silkeborg, Haderslev, Tønder), which count as wrong.
        Assert.True(scores.Values.Average(s => s.ItemF1) >= 0.96, table);
        Assert.True(scores.Values.Min(s => s.ItemF1) >= 0.78, table);
        Assert.True(scores.Values.Max(s => s.InventedShare) <= 0.02, table);
        Assert.True(scores.Values.Average(s => s.DecisionStarts) >= 0.93, table);
        Assert.True(scores.Values.Min(s => s.DecisionStarts) >= 0.64, table);
        Assert.True(scores.Values.Average(s => s.OutcomeAccuracy) >= 0.92, table);
        Assert.True(scores.Values.Min(s => s.OutcomeAccuracy) >= 0.63, table);
        // On the gold items found, the outcome model is right in 0.97 or more in every family held out (target 0.85).
        Assert.True(scores.Values.Min(s => s.OutcomeAccuracyOnFound) >= 0.93, table);
        Assert.True(scores.Values.Average(s => s.DateAccuracy) >= 0.90, table);
    }

    [Fact]
    public void ALetter_IsOneItemWithNothingDecided_NeverInventedItems()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Segmentation", "brev-ikke-referat.txt");
        var meeting = new MeetingSegmenter().Segment(new DocumentExtractor().Extract(path).Lines, path);
        var item = Assert.Single(meeting.Items);
        Assert.Equal(SectionKind.Other, Assert.Single(item.Sections).Kind);
        Assert.Equal(string.Empty, item.Decision);
    }
}
