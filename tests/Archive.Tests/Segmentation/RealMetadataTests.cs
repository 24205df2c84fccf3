using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Extraction;
using Archive.Segmentation;
using Xunit.Abstractions;

namespace Archive.Tests.Segmentation;

/// <summary>
/// The meeting's forum, organisation, date and absentees read from real minutes of many municipalities
/// (corpus/real), measured against the gold written by hand from each document, with floors.
/// </summary>
public class RealMetadataTests(ITestOutputHelper output)
{
    /// <param name="Named">The text names the gold organisation (its town or region appears at all); only then can it be read.</param>
    private sealed record Case(string Id, string? Forum, string? Organisation, bool Named, string? Date, string Absent, MeetingMetadata Found);

    private static readonly Lazy<IReadOnlyList<Case>> Cases = new(Load);

    private static List<Case> Load()
    {
        var extractor = new DocumentExtractor();
        var segmenter = new MeetingSegmenter();
        var cases = new List<Case>();
        foreach (var goldFile in Directory.GetFiles(Repository.Corpus("real", "gold"), "*.json").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(goldFile);
            using var gold = JsonDocument.Parse(File.ReadAllText(goldFile));
            var root = gold.RootElement;
            if (root.GetProperty("kind").GetString() is not ("referat" or "dagsorden"))
            {
                continue;
            }
            var source = Directory.GetFiles(Repository.Corpus("real", "docs"), id + ".*").Single(DocumentExtractor.IsSupported);
            var lines = extractor.Extract(source).Lines;
            var meeting = segmenter.Segment(lines, source);
            var organisation = Text(root, "organisation");
            // Named in the text as read (a PDF's bytes are compressed: its raw file never shows the name).
            var text = string.Join('\n', lines.Select(l => l.Text));
            var named = organisation is not null && text.Contains(organisation.Split(' ')[^1] is "Kommune" or "Regionskommune" ? organisation.Split(' ')[0] : organisation, StringComparison.OrdinalIgnoreCase);
            var absent = Names(root.GetProperty("absent").EnumerateArray().Select(a => a.GetString()!));
            cases.Add(new Case(id, Text(root, "forum"), organisation, named, Text(root, "date"), absent, meeting.Metadata));
        }
        return cases;
    }

    /// <summary>Absentees as a comparable set: the gold sometimes keeps the party letter ("Bo Hansen (A)", "Bo Hansen, Ø"), the product never does.</summary>
    private static string Names(IEnumerable<string> names) =>
        string.Join("|", names.Select(n => Regex.Replace(n, @"\s*(\([^)]*\)|,\s*\p{Lu}{1,2})\s*$", string.Empty)).Order(StringComparer.Ordinal));

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private double Rate(string field, Func<Case, string?> gold, Func<Case, string?> found)
    {
        var cases = Cases.Value;
        var wrong = cases.Where(c => gold(c) != found(c)).ToList();
        foreach (var c in wrong)
        {
            output.WriteLine($"{field} {c.Id}: gold '{gold(c)}', found '{found(c)}'");
        }
        var rate = 1 - wrong.Count / (double)cases.Count;
        output.WriteLine($"{field}: {cases.Count - wrong.Count} of {cases.Count} right ({rate:P0})");
        return rate;
    }

    [Fact]
    public void Forum_IsReadWhole_OnRealMinutes()
    {
        Assert.True(Cases.Value.Count >= 40, $"only {Cases.Value.Count} real minutes with gold");
        Assert.True(Rate("forum", c => c.Forum, c => c.Found.Forum) >= 0.80);
    }

    [Fact]
    public void Organisation_IsFound_WhereTheMinutesNameIt_AndNoneIsInvented() =>
        Assert.True(Rate("organisation", c => c.Named ? c.Organisation : null, c => c.Found.Organisation) >= 0.85);

    [Fact]
    public void MeetingDate_IsRight_OnRealMinutes() =>
        Assert.True(Rate("date", c => c.Date, c => c.Found.DateInferred ? null : c.Found.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) >= 0.95);

    [Fact]
    public void Absentees_AreRight_OnRealMinutes() =>
        Assert.True(Rate("absent", c => c.Absent, c => Names(c.Found.Absent)) >= 0.75);
}
