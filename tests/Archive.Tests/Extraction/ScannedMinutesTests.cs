using Archive.Analysis;
using Archive.Index;
using Archive.Search;

namespace Archive.Tests.Extraction;

/// <summary>The seed meetings read from scans alone, measured against the hand-written gold, as issue 14 sets the targets.</summary>
[Collection(ScannedSeedsGroup.Name)]
public sealed class ScannedMinutesTests(ScannedSeedsFixture scans)
{
    public static TheoryData<string> Seeds() => new(Repository.SeedIds);

    [Fact]
    public void EveryScan_IsIndexed_WithEveryPageReadByOcr()
    {
        Assert.Empty(scans.Report.Failed);
        Assert.Empty(scans.Report.Notes);
        Assert.Equal(Repository.SeedIds.Count(), scans.Report.Indexed);
        var pages = Repository.SeedIds.Sum(id => scans.Document(id).Pages);
        Assert.Equal(pages, scans.Report.OcrPages);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Items_FromAScan_MatchTheGold_WithF1AtLeast095(string id)
    {
        var gold = Gold.Load(id);
        var found = scans.Document(id).Items;
        var truePositives = found.Count(i => gold.Items.Any(g => g.Number == i.Number && Same(g.Title, i.Title)));
        var precision = found.Count == 0 ? 0 : truePositives / (double)found.Count;
        var recall = truePositives / (double)gold.Items.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Assert.True(f1 >= 0.95, $"{id}: item F1 {f1:0.00} (found {string.Join(" | ", found.Select(i => $"{i.Number}. {i.Title}"))})");
    }

    [Fact]
    public void Outcomes_FromScans_AreRight_ForAtLeast85PercentOfGoldDecisions()
    {
        int right = 0, total = 0;
        foreach (var id in Repository.SeedIds)
        {
            var found = scans.Document(id).Items;
            foreach (var item in Gold.Load(id).Items)
            {
                total++;
                if (found.FirstOrDefault(i => i.Number == item.Number) is { } match && item.Outcomes.Contains(match.Outcome))
                {
                    right++;
                }
            }
        }
        Assert.True(right >= 0.85 * total, $"{right} of {total} outcomes right");
    }

    [Fact]
    public void Trace_FromScansAlone_GivesTheSameMeetingsInTheSameOrder_AsFromTheText()
    {
        static List<string> Trace(string database)
        {
            using var index = ArchiveIndex.Open(database, readOnly: true);
            var service = new SearchService(index);
            return service.Trace(service.Parser.Parse("konfliktforebyggelse").Query!).Events
                .Select(e => $"{e.DocumentId} {e.ItemNumber} {e.Cluster} {e.Date}").ToList();
        }
        var fromText = Trace(scans.TextDatabasePath);
        Assert.Equal(3, fromText.Count);
        Assert.Equal(fromText, Trace(scans.DatabasePath));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ItemsFromAScan_SayTheyCameFromOcr_WithTheirConfidence(string id)
    {
        Assert.All(scans.Document(id).Items, item =>
        {
            Assert.True(item.Ocr);
            Assert.InRange(item.OcrConfidence!.Value, 0.6, 1.0);
        });
        Assert.All(scans.Document(id, fromText: true).Items, item => Assert.False(item.Ocr));
    }

    [Fact]
    public void DanishLetters_AreKept_InTextReadFromScans()
    {
        var titles = Repository.SeedIds.SelectMany(id => scans.Document(id).Items).Select(i => i.Title).ToList();
        Assert.Contains(titles, t => t.Contains('ø', StringComparison.Ordinal));
        Assert.Contains(titles, t => t.Contains('æ', StringComparison.Ordinal) || t.Contains('å', StringComparison.Ordinal));
    }

    /// <summary>
    /// The same title, up to OCR's misread letters: at most one edit in 30 characters (an "I" read as "i").
    /// Item F1 measures the segmentation; a letter misread inside a found title does not make the item missed.
    /// </summary>
    private static bool Same(string gold, string found)
    {
        var (a, b) = (Normalise(gold), Normalise(found));
        return Distance(a, b) <= Math.Max(1, a.Length / 30);
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.Length];
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Replace("a)", "a.", StringComparison.Ordinal).TrimEnd(':');
}
