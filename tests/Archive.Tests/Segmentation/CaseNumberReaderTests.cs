using System.Text.Json;
using Archive.Extraction;
using Archive.Segmentation;
using Archive.Training;
using Xunit.Abstractions;

namespace Archive.Tests.Segmentation;

/// <summary>Case numbers read per agenda item: the printed forms, what is not a case number, the key, and recall and precision on the real minutes' gold.</summary>
public class CaseNumberReaderTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Sagsnr.: 00.00.00-P19-1391-07 Sagsbehandler: Mari Hansen", "00.00.00-P19-1391-07")]
    [InlineData("Sag nr. 15/34881", "15/34881")]
    [InlineData("Sagnr.: 1-30-11-06-V", "1-30-11-06-V")]
    [InlineData("J.nr. 2019-14522", "2019-14522")]
    [InlineData("Sagsid: EMN-2024-001234", "EMN-2024-001234")]
    [InlineData("Sags-ID: 306-2019-263412", "306-2019-263412")]
    [InlineData("Sagsnummer: 17/409", "17/409")]
    [InlineData("  Sagsnr. 299835 Kultur- og Idrætsudvalget", "299835")]
    [InlineData("15/34881", "15/34881")]
    [InlineData("00.01.00-A00-1-20", "00.01.00-A00-1-20")]
    [InlineData("                 00.22.00G01-0002", "00.22.00G01-0002")]
    [InlineData("03.02.10-Ø60-1-16", "03.02.10-Ø60-1-16")]
    [InlineData("EMN-2024-001234", "EMN-2024-001234")]
    [InlineData("306-2019-263412", "306-2019-263412")]
    [InlineData("21-014420", "21-014420")]
    [InlineData("050527-2012", "050527-2012")]
    [InlineData("Sagen har tidligere været behandlet under 00.01.00-A00-1-20 i udvalget.", "00.01.00-A00-1-20")]
    public void ReadsTheCaseNumber_InTheFormsMinutesPrint(string line, string expected) =>
        Assert.Equal([expected], CaseNumberReader.InLine(line).Distinct().ToList());

    [Theory]
    [InlineData("24-09-2019")]
    [InlineData("Mødet den 12/05/2020 kl. 15.00")]
    [InlineData("12/05")]
    [InlineData("Tlf. 72 36 36 36")]
    [InlineData("72363636")]
    [InlineData("Beløbet er 1.250.000 kr. i 2024")]
    [InlineData("Forslag til Lokalplan nr. 1.45 for boliger ved Strandvejen")]
    [InlineData("Lokalplan 12-034")]
    [InlineData("Sag nr. 12")]
    [InlineData("Beslutning i Økonomiudvalget den 23-03-2015, pkt. 5")]
    [InlineData("Sagsnr.: se bilag")]
    [InlineData("2.4")]
    public void TakesNoDateAmountPhoneLokalplanOrItemNumber_AsACaseNumber(string line) => Assert.Empty(CaseNumberReader.InLine(line));

    [Fact]
    public void ALabelEndingTheLine_TakesItsValueFromTheNextLine() =>
        Assert.Equal(["07/21300"], CaseNumberReader.InLine("Sagsnr:", "07/21300"));

    [Theory]
    [InlineData("00.22.00G01-0002", "00.22.00-G01-0002")]
    [InlineData("emn 2024 001234", "EMN-2024-001234")]
    [InlineData("03.02.10-ø60-1-16.", "03.02.10-Ø60-1-16")]
    [InlineData("21–014420", "21-014420")]
    public void TheSameCaseWrittenTwoWays_HasOneKey(string printed, string other) =>
        Assert.Equal(CaseNumberReader.Key(other), CaseNumberReader.Key(printed));

    [Fact]
    public void DifferentCases_KeepDifferentKeys() =>
        Assert.NotEqual(CaseNumberReader.Key("24-024921"), CaseNumberReader.Key("24-24921"));

    private static readonly string[] AboveAHeading = ["1. Godkendelse af dagsorden", "Godkendt.", "00.01.00-K01-1-16", "2. Revisionsberetning nr. 19", "Sagsfremstilling", "Teksten."];

    [Fact]
    public void ANumberPrintedAboveAHeading_BelongsToTheItemBelow()
    {
        var lines = AboveAHeading.Select(t => new SourceLine(t, 1)).ToList();
        Assert.Empty(CaseNumberReader.Read(lines, 0, 3));
        Assert.Equal(["00.01.00-K01-1-16"], CaseNumberReader.Read(lines, 3, lines.Count));
    }

    private static readonly string[] MissedHeading = ["4. Budgetopfølgning", "Sagsnr.: 24/0311", "Sagsfremstilling", "Budgettet overholdes.", "Taget til efterretning.", "00.01.00-G01-5-10", "125. Godkendelse af dagsorden", "Godkendt."];

    [Fact]
    public void ANumberBesideAHeadingTheSegmenterMissed_IsNotTheItemsOwn()
    {
        // Item 4's range runs over item 125, whose heading was not found: 125's number is not item 4's.
        var lines = MissedHeading.Select(t => new SourceLine(t, 1)).ToList();
        Assert.Equal(["24/0311"], CaseNumberReader.Read(lines, 0, lines.Count));
        var withoutOwn = lines.Where((_, i) => i != 1).ToList();
        Assert.Empty(CaseNumberReader.Read(withoutOwn, 0, withoutOwn.Count));
    }

    private static readonly string[] PageHeader = ["1. Godkendelse af dagsorden", "Økonomiudvalget 2018-2021 - 18-08-2021 15:30", "MOD-2020-00240", "Side 2 af 32", "Godkendt."];

    [Fact]
    public void ANumberInThePageHeader_IsTheMeetingsNotTheItems()
    {
        var lines = PageHeader.Select(t => new SourceLine(t, 1)).ToList();
        Assert.Empty(CaseNumberReader.Read(lines, 0, lines.Count));
    }

    /// <summary>
    /// Every item of corpus/real whose gold lists its case numbers (as printed): the numbers read for the item with
    /// the same number, compared by key. Floors a little under today's figures.
    /// </summary>
    [Fact]
    public void RealMinutes_CaseNumbers_AreReadWithHighRecallAndPrecision()
    {
        var extractor = new DocumentExtractor();
        var segmenter = new MeetingSegmenter();
        int gold = 0, found = 0, right = 0, missed = 0;
        foreach (var goldFile in Directory.GetFiles(Repository.Corpus("real", "gold"), "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(goldFile));
            var annotated = json.RootElement.GetProperty("items").EnumerateArray().Where(i => i.TryGetProperty("caseNumbers", out _)).ToList();
            if (annotated.Count == 0)
            {
                continue;
            }
            var id = Path.GetFileNameWithoutExtension(goldFile);
            var source = Directory.GetFiles(Repository.Corpus("real", "docs"), id + ".*").Single(DocumentExtractor.IsSupported);
            var items = segmenter.Segment(extractor.Extract(source).Lines, source).Items;
            foreach (var item in annotated)
            {
                var expected = item.GetProperty("caseNumbers").EnumerateArray().Select(n => CaseNumberReader.Key(n.GetString()!)).ToHashSet(StringComparer.Ordinal);
                var number = item.GetProperty("number").GetString();
                // The reader is measured where the segmenter found the item (same number and title); a missed item is the segmenter's error.
                if (items.FirstOrDefault(i => i.Number == number && CorpusEvaluator.SameTitle(i.Title, item.GetProperty("title").GetString()!)) is not { } segmented)
                {
                    missed += expected.Count;
                    continue;
                }
                var read = segmented.CaseNumbers.Select(CaseNumberReader.Key).ToHashSet(StringComparer.Ordinal);
                gold += expected.Count;
                found += read.Count;
                right += read.Count(expected.Contains);
                if (!read.SetEquals(expected))
                {
                    output.WriteLine($"{id} item {number}: gold [{string.Join(", ", expected)}], read [{string.Join(", ", read)}]");
                }
            }
        }
        var (recall, precision) = (right / (double)gold, found == 0 ? 0 : right / (double)found);
        output.WriteLine($"case numbers of the items the segmenter found: {gold} in the gold, {found} read, {right} right: recall {recall:0.000}, precision {precision:0.000}; {missed} more in items it missed");
        Assert.True(gold >= 60, $"the segmenter should find at least 60 items whose gold lists case numbers ({gold})");
        Assert.True(recall >= 0.90, $"recall {recall:0.000}");
        Assert.True(precision >= 0.95, $"precision {precision:0.000}");
    }
}
