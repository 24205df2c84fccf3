using Archive.Segmentation;

namespace Archive.Tests.Segmentation;

public class DanishDateParserTests
{
    [Theory]
    [InlineData("19. oktober 2020 kl. 8.30-10.00", "2020-10-19")]
    [InlineData("Mødedato: 25. november 2021", "2021-11-25")]
    [InlineData("Onsdag d. 27. august 2025 kl. 16:00", "2025-08-27")]
    [InlineData("27-08-2025", "2025-08-27")]
    [InlineData("vedtog d. 02.09.2021 en revideret", "2021-09-02")]
    [InlineData("den 3. sept. 2024", "2024-09-03")]
    [InlineData("Den 09.01.2020 kl. 13:00", "2020-01-09")]
    [InlineData("24-09-2019", "2019-09-24")]
    [InlineData("Mødedato: Torsdag den 01-03-2007.", "2007-03-01")]
    [InlineData("Onsdag den 15-maj-2002", "2002-05-15")]
    [InlineData("Mødetidspunkt: 18-08-2021 15:30", "2021-08-18")]
    [InlineData("ØKONOMIUDVALG, DEN 20. JANUAR 2015", "2015-01-20")]
    [InlineData("06. feb 2023", "2023-02-06")]
    public void ParseDate_ReadsTheFormsMinutesUse(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DanishDateParser.ParseDate(text));

    [Theory]
    [InlineData("kl. 9.00-12.00 i stedet for kl. 9.00-14.00")]
    [InlineData("Sagsnr. 2020-003046")]
    [InlineData("Møde 4, 2020")]
    public void ParseDate_FindsNoDate_InTimesAndCaseNumbers(string text) => Assert.Null(DanishDateParser.ParseDate(text));

    /// <summary>
    /// StartsWithDay (which tells a day of the month from an item number) answers what the full scan would: a dated mention
    /// with a day at the text's start. Held on every line of the seeds, the real minutes and training/, and on hand-written
    /// forms at the edges (a named date, a numeric one, an invalid day or month, a date later in the line).
    /// </summary>
    [Fact]
    public void StartsWithDay_AgreesWithTheFullScan_OnEveryCorpusLine()
    {
        var folders = new[] { Repository.Corpus("txt"), Repository.Corpus("real", "docs"), Path.Combine(Repository.Root, "training") };
        string[] forms = ["20. januar 2015 Mødested", "15-maj-2002", "24-09-2019 kl. 13", "32-01-2019", "12-13-2019", "3. Godkendelse af dagsorden",
            "1. maj-pladsen", "Mødet den 3. maj 2020", "7. sept. Byrådet", "31.12.20"];
        var lines = folders.SelectMany(f => Directory.GetFiles(f, "*", SearchOption.AllDirectories)).Where(f => !f.EndsWith(".zip", StringComparison.Ordinal))
            .SelectMany(File.ReadLines).Concat(forms).Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(lines.Count > 1000);
        Assert.All(lines, line => Assert.True(
            DanishDateParser.FindAll(line).Any(m => m.Index == 0 && m.Day is not null) == DanishDateParser.StartsWithDay(line), line));
    }

    [Fact]
    public void Estimate_BoundsAnUndatedMeeting_ByWhatTheTextCallsPastAndAhead()
    {
        var (date, inferred, earliest, latest) = MeetingDateEstimator.Estimate(
            ["Referat Styregruppe", "Møde 2, 2019"],
            ["Jf. referatet fra marts måned blev status drøftet.", "Næste møde er planlagt til den 12. juni."]);
        Assert.True(inferred);
        Assert.Equal(new DateOnly(2019, 3, 1), earliest);
        Assert.Equal(new DateOnly(2019, 6, 12), latest);
        Assert.InRange(date!.Value, earliest!.Value, latest!.Value);
    }
}
