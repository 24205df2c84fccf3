using System.Globalization;
using System.Text.Json;
using Archive.Classification;
using Archive.Extraction;
using Archive.Segmentation;

namespace Archive.Tests.Segmentation;

/// <summary>Minutes in layouts never trained on (Fixtures/Segmentation), each beside the JSON it must segment to.</summary>
public class SegmentationFixtureTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Segmentation");

    public static TheoryData<string> Fixtures() =>
        new(Directory.GetFiles(Folder, "*.expected.json").Select(f => Path.GetFileName(f)[..^".expected.json".Length]).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_SegmentsToItsExpectedJson(string name)
    {
        var source = Directory.GetFiles(Folder, name + ".*").Single(DocumentExtractor.IsSupported);
        var meeting = new MeetingSegmenter().Segment(new DocumentExtractor().Extract(source).Lines, source);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".expected.json")));
        var root = expected.RootElement;

        // Metadata is asserted where the fixture states it (a letter has no meeting to describe).
        if (root.TryGetProperty("forum", out var forum))
        {
            Assert.Equal(forum.GetString(), meeting.Metadata.Forum);
        }
        if (root.TryGetProperty("kind", out var kind))
        {
            Assert.Equal(kind.GetString(), meeting.Metadata.Kind);
        }
        if (root.TryGetProperty("cluster", out var cluster))
        {
            Assert.Equal(cluster.GetString(), meeting.Metadata.Cluster);
        }
        if (root.TryGetProperty("date", out var date))
        {
            Assert.Equal(DateOnly.Parse(date.GetString()!, CultureInfo.InvariantCulture), meeting.Metadata.Date);
        }
        if (root.TryGetProperty("absent", out var absent))
        {
            Assert.Equal(absent.EnumerateArray().Select(a => a.GetString()), meeting.Metadata.Absent);
        }

        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(items.Select(i => $"{i.GetProperty("number").GetString()} {i.GetProperty("title").GetString()}"),
            meeting.Items.Select(i => $"{i.Number} {i.Title}"));
        foreach (var (want, got) in items.Zip(meeting.Items))
        {
            Assert.StartsWith(want.GetProperty("decisionStartsWith").GetString()!, got.Decision, StringComparison.Ordinal);
            Assert.Contains(OutcomeClassifier.Default.Classify(got.Decision).Outcome, want.GetProperty("outcome").EnumerateArray().Select(o => o.GetString()));
            if (want.TryGetProperty("textEndsWith", out var textEnd))
            {
                // Where the item's text ends: nothing after its last section (a signature page) is part of it.
                Assert.EndsWith(textEnd.GetString()!, got.Sections[^1].Text, StringComparison.Ordinal);
            }
            if (want.TryGetProperty("sectionKinds", out var kinds))
            {
                Assert.Equal(kinds.EnumerateArray().Select(k => k.GetString()), got.Sections.Select(s => s.Kind.ToString().ToLowerInvariant()));
            }
            if (want.TryGetProperty("history", out var history))
            {
                var expectedHistory = history.EnumerateArray().ToList();
                Assert.Equal(expectedHistory.Select(h => $"{h.GetProperty("forum").GetString()} {h.GetProperty("date").GetString()} {h.GetProperty("itemNumber").GetString()}"),
                    got.History.Select(h => $"{h.Forum} {h.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {h.ItemNumber}"));
                foreach (var (wantTreatment, gotTreatment) in expectedHistory.Zip(got.History))
                {
                    Assert.StartsWith(wantTreatment.GetProperty("textStartsWith").GetString()!, gotTreatment.Text, StringComparison.Ordinal);
                }
            }
        }
    }
}
