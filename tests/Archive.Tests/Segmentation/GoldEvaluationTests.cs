using Archive.Classification;
using Archive.Extraction;
using Archive.Segmentation;

namespace Archive.Tests.Segmentation;

/// <summary>The segmenter measured against the hand-written gold, with floors. Evaluation, not replay: nothing here is derived from the gold.</summary>
public partial class GoldEvaluationTests
{
    private static readonly DocumentExtractor Extractor = new();
    private static readonly MeetingSegmenter Segmenter = new();

    public static TheoryData<string, string> SeedsInBothFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in Repository.SeedIds)
        {
            data.Add(id, "txt");
            data.Add(id, "pdf");
        }
        return data;
    }

    private static SegmentedMeeting Segment(string id, string format)
    {
        var path = Repository.Corpus(format, $"{id}.{format}");
        return Segmenter.Segment(Extractor.Extract(path).Lines, path);
    }

    [Theory]
    [MemberData(nameof(SeedsInBothFormats))]
    public void Items_MatchTheGold_WithF1AboveTheFloor(string id, string format)
    {
        var gold = Gold.Load(id);
        var found = Segment(id, format).Items;
        var truePositives = found.Count(i => gold.Items.Any(g => g.Number == i.Number && Same(g.Title, i.Title)));
        var precision = found.Count == 0 ? 0 : truePositives / (double)found.Count;
        var recall = truePositives / (double)gold.Items.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Assert.True(f1 >= 0.98, $"{id}.{format}: item F1 {f1:0.00} (found {string.Join(", ", found.Select(i => i.Number))})");
    }

    [Theory]
    [MemberData(nameof(SeedsInBothFormats))]
    public void Decisions_StartWhereTheMinutesStartThem(string id, string format)
    {
        var gold = Gold.Load(id);
        var found = Segment(id, format).Items;
        var wrong = gold.Items.Where(item => found.FirstOrDefault(i => i.Number == item.Number) is not { } match
            || !Normalise(ListMarkerPattern().Replace(match.Decision, string.Empty)).StartsWith(Normalise(item.DecisionStart), StringComparison.Ordinal)).ToList();
        Assert.True(wrong.Count == 0, $"{id}.{format}: wrong decisions for items {string.Join(", ", wrong.Select(w => w.Number))}");
    }

    [Theory]
    [MemberData(nameof(SeedsInBothFormats))]
    public void ClusterMinutes_BelongToNoOneOrganisation(string id, string format)
    {
        // A health cluster's forum is a joint body of several municipalities and the region, though its minutes name them.
        var meta = Segment(id, format).Metadata;
        Assert.NotNull(meta.Cluster);
        Assert.Null(meta.Organisation);
    }

    [Theory]
    [MemberData(nameof(SeedsInBothFormats))]
    public void Metadata_ForumClusterAndDate_AreRight(string id, string format)
    {
        var gold = Gold.Load(id);
        var meta = Segment(id, format).Metadata;
        Assert.Equal(gold.Forum, meta.Forum);
        Assert.Equal(gold.Cluster, meta.Cluster);
        if (gold.Date is not null)
        {
            Assert.Equal(DateOnly.Parse(gold.Date, System.Globalization.CultureInfo.InvariantCulture), meta.Date);
            Assert.False(meta.DateInferred);
        }
        else
        {
            Assert.True(meta.DateInferred);
            Assert.InRange(meta.Date!.Value, DateOnly.Parse(gold.Earliest, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(gold.Latest, System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.Equal(gold.Absent.Order(StringComparer.Ordinal), meta.Absent.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Outcomes_AreRight_ForAtLeast85PercentOfGoldDecisions()
    {
        int right = 0, total = 0;
        foreach (var id in Repository.SeedIds)
        {
            var found = Segment(id, "txt").Items;
            foreach (var item in Gold.Load(id).Items)
            {
                total++;
                var match = found.FirstOrDefault(i => i.Number == item.Number);
                if (match is not null && item.Outcomes.Contains(OutcomeClassifier.Default.Classify(match.Decision).Outcome))
                {
                    right++;
                }
            }
        }
        Assert.True(right >= 0.85 * total, $"{right} of {total} outcomes right");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,2}[.)]\s+")]
    private static partial System.Text.RegularExpressions.Regex ListMarkerPattern();

    private static bool Same(string a, string b) => Normalise(a) == Normalise(b);

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Replace("a)", "a.", StringComparison.Ordinal).TrimEnd(':');
}
