using Archive.Extraction;
using Archive.Segmentation;

namespace Archive.Tests.Segmentation;

/// <summary>Item numbers as OCR misreads them ("l." for "1.", "1O." for "10.") still start items; the text stays as read.</summary>
public sealed class OcrHeadingTests
{
    private static List<SourceLine> Minutes(double? ocrConfidence)
    {
        var lines = new List<SourceLine> { new("Referat af møde i Klyngestyregruppe Nord", 1) };
        for (var n = 1; n <= 10; n++)
        {
            var number = n switch { 1 => "l", 10 => "1O", _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            lines.Add(new SourceLine($"{number}. Punkt om emne nummer {n}", 1, Bold: true));
            lines.Add(new SourceLine("Indstilling:", 1));
            lines.Add(new SourceLine("Det indstilles, at styregruppen tager orienteringen til efterretning.", 1));
            lines.Add(new SourceLine("Referat:", 1));
            lines.Add(new SourceLine("Styregruppen tog orienteringen til efterretning.", 1));
        }
        return lines.Select(l => l with { OcrConfidence = ocrConfidence }).ToList();
    }

    [Fact]
    public void MisreadItemNumbers_InTextFromOcr_StartTheirItems_WithTheTitleAsRead()
    {
        var items = new MeetingSegmenter().Segment(Minutes(0.9), "scan.pdf").Items;

        Assert.Equal(Enumerable.Range(1, 10).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), items.Select(i => i.Number));
        Assert.Equal("Punkt om emne nummer 1", items[0].Title);
        Assert.All(items, i => Assert.Equal(0.9, i.OcrConfidence));
    }

    [Fact]
    public void TheSameLetters_InATextLayer_AreNotItemNumbers()
    {
        var items = new MeetingSegmenter().Segment(Minutes(null), "minutes.pdf").Items;

        Assert.DoesNotContain(items, i => i.Title is "Punkt om emne nummer 1" or "Punkt om emne nummer 10");
        Assert.All(items, i => Assert.False(i.Ocr));
    }
}
