using System.Text.RegularExpressions;
using Archive.Extraction;

namespace Archive.Segmentation;

/// <summary>Segments extracted minutes into metadata and agenda items with their sections.</summary>
public sealed partial class MeetingSegmenter
{
    private readonly SectionLabeler _labeler = new();
    private readonly ItemHeadingDetector _headings;
    private readonly SectionSegmenter _sections;
    private readonly MetadataReader _metadata = new();

    public MeetingSegmenter(IReadOnlyDictionary<string, double>? headingWeights = null)
    {
        _headings = new ItemHeadingDetector(_labeler, headingWeights);
        _sections = new SectionSegmenter(_labeler);
    }

    public SegmentedMeeting Segment(IReadOnlyList<SourceLine> lines, string fileName)
    {
        var headings = RecoverUnnumberedFirst(lines, _headings.Detect(lines));
        var headerEnd = headings.Count > 0 ? headings[0].LineIndex : Math.Min(lines.Count, 15);
        var implicitDecisions = !lines.Any(l => _labeler.Label(l) is { Kind: SectionKind.Decision });
        var items = new List<AgendaItem>();

        for (var h = 0; h < headings.Count; h++)
        {
            var heading = headings[h];
            var start = heading.LineIndex + 1;
            var end = h + 1 < headings.Count ? headings[h + 1].LineIndex : lines.Count;
            var title = heading.Title;
            // A title wrapped over two lines: the next line continues it without a paragraph gap, in the same style.
            while (start < end && IsTitleContinuation(lines[heading.LineIndex], lines[start], title))
            {
                title = $"{title} {lines[start].Text}";
                start++;
            }
            var body = lines.Skip(start).Take(end - start).ToList();
            var sections = _sections.Segment(body, implicitDecisions, RoutineItemClassifier.IsRoutine(title));
            items.Add(new AgendaItem(heading.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), title.TrimEnd(':').Trim(), sections, lines[heading.LineIndex].Page)
            {
                OcrConfidence = OcrConfidence(lines.Skip(heading.LineIndex).Take(end - heading.LineIndex)),
            });
        }

        if (items.Count == 0 && lines.Count > headerEnd)
        {
            var body = lines.Skip(headerEnd).ToList();
            var title = lines.FirstOrDefault(l => l.HeadingLevel > 0 || l.Bold)?.Text ?? Path.GetFileNameWithoutExtension(fileName);
            items.Add(new AgendaItem("1", title, _sections.Segment(body, implicitDecisions, false), body[0].Page) { OcrConfidence = OcrConfidence(body) });
        }

        var metadata = _metadata.Read(lines, headerEnd, !implicitDecisions || items.Any(i => i.Decision.Length > 0));
        return new SegmentedMeeting(metadata, items);
    }

    /// <summary>
    /// A conversion can drop the first item's number (a PDF list marker drawn as graphics): when
    /// numbering starts at 2, the first title-like paragraph after the header table that is
    /// followed by a section label before item 2 is item 1.
    /// </summary>
    private IReadOnlyList<HeadingCandidate> RecoverUnnumberedFirst(IReadOnlyList<SourceLine> lines, IReadOnlyList<HeadingCandidate> headings)
    {
        if (headings.Count == 0 || headings[0].Number != 2)
        {
            return headings;
        }
        var end = headings[0].LineIndex;
        var lastHeaderLine = -1;
        for (var i = 0; i < end; i++)
        {
            if (lines[i].IsTableRow || HeaderFieldPattern().IsMatch(lines[i].Text))
            {
                lastHeaderLine = i;
            }
        }
        var title = lastHeaderLine + 1;
        if (title >= end || SentenceEndPattern().IsMatch(lines[title].Text) || lines[title].Text.Length > 200
            || _labeler.Label(lines[title]) is not null
            || !lines.Skip(title + 1).Take(end - title - 1).Any(l => _labeler.Label(l) is { Kind: SectionKind.Decision or SectionKind.Recommendation }))
        {
            return headings;
        }
        var recovered = new HeadingCandidate(title, 1, headings[0].Style, lines[title].Text, new Dictionary<string, double>());
        return [recovered, .. headings];
    }

    /// <summary>The length-weighted mean OCR confidence of the lines that OCR read; null when none was.</summary>
    private static double? OcrConfidence(IEnumerable<SourceLine> lines)
    {
        var read = lines.Where(l => l.OcrConfidence is not null).ToList();
        var length = read.Sum(l => Math.Max(1, l.Text.Length));
        return read.Count == 0 ? null : Math.Round(read.Sum(l => l.OcrConfidence!.Value * Math.Max(1, l.Text.Length)) / length, 3);
    }

    private static bool IsTitleContinuation(SourceLine heading, SourceLine next, string title) =>
        !next.BlankBefore && next.Bold == heading.Bold && next.HeadingLevel == heading.HeadingLevel
        && (heading.Bold || heading.HeadingLevel > 0) && !SentenceEndPattern().IsMatch(title) && next.Text.Length < 150;

    [GeneratedRegex(@"^\s*(sagsnr|referent|deltagere|afbud|mødested|mødedato|tid|sted|møde|emne|dato)\b.{0,200}$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderFieldPattern();

    [GeneratedRegex(@"[.!?:]\s*$")]
    private static partial Regex SentenceEndPattern();
}
