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

    /// <param name="headings">The heading model; null for the one that ships.</param>
    public MeetingSegmenter(IHeadingScorer? headings = null)
    {
        _headings = new ItemHeadingDetector(_labeler, headings);
        _sections = new SectionSegmenter(_labeler);
    }

    /// <summary>A segmenter whose headings are scored linearly with these weights (the in-house perceptron's).</summary>
    public MeetingSegmenter(IReadOnlyDictionary<string, double> headingWeights)
        : this(new LinearHeadingScorer(headingWeights))
    {
    }

    public SegmentedMeeting Segment(IReadOnlyList<SourceLine> lines, string fileName)
    {
        lines = ItemHeadingDetector.WithParagraphs(lines);
        var minutes = LooksLikeMinutes(lines);
        var candidates = minutes ? _headings.Candidates(lines) : [];
        var headings = RecoverUnnumberedFirst(lines, BodyOverContents(candidates, _headings.Decode(candidates).Chosen));
        var headerEnd = headings.Count > 0 ? headings[0].LineIndex : Math.Min(lines.Count, 15);
        var implicitDecisions = !lines.Any(l => _labeler.Label(l) is { Kind: SectionKind.Decision });
        var items = new List<AgendaItem>();

        for (var h = 0; h < headings.Count; h++)
        {
            var heading = headings[h];
            var start = heading.LineIndex + heading.Span;
            var end = h + 1 < headings.Count ? headings[h + 1].LineIndex : lines.Count;
            var title = heading.Title;
            // A title wrapped over two lines: the next line continues it without a paragraph gap, in the same style.
            while (heading.Span == 1 && start < end && IsTitleContinuation(lines[heading.LineIndex], lines[start], title))
            {
                title = $"{title} {lines[start].Text}";
                start++;
            }
            var body = lines.Skip(start).Take(end - start).ToList();
            if (heading.BodyStart is { } label)
            {
                body.Insert(0, lines[heading.LineIndex] with { Text = label });
            }
            var sections = _sections.Segment(body, implicitDecisions, RoutineItemClassifier.IsRoutine(title) || ClosedTitlePattern().IsMatch(title));
            items.Add(new AgendaItem(heading.PrintedNumber, title.TrimEnd(':').Trim(), sections, lines[heading.LineIndex].Page)
            {
                OcrConfidence = OcrConfidence(lines.Skip(heading.LineIndex).Take(end - heading.LineIndex)),
                CaseNumbers = CaseNumberReader.Read(lines, heading.LineIndex, end),
            });
        }

        items = WithAgendaOnlyItems(items, AgendaList(candidates, headings), lines);
        items = WithUnnumberedAgendaItems(items, lines, headerEnd);

        if (items.Count == 0 && lines.Count > headerEnd)
        {
            // Minutes without recognisable headings are one item; a document that is not minutes (a letter, a case
            // list) is one item of kind other, never a list of invented items or decisions.
            var body = minutes ? lines.Skip(headerEnd).ToList() : lines.ToList();
            var title = lines.FirstOrDefault(l => l.HeadingLevel > 0 || l.Bold)?.Text ?? Path.GetFileNameWithoutExtension(fileName);
            var sections = minutes
                ? _sections.Segment(body, implicitDecisions, false)
                : [new Section(SectionKind.Other, string.Join("\n\n", body.Select(l => l.Text)))];
            items.Add(new AgendaItem("1", title, sections, body[0].Page) { OcrConfidence = OcrConfidence(body) });
        }

        var metadata = _metadata.Read(lines, headerEnd, minutes && (!implicitDecisions || items.Any(i => i.Decision.Length > 0)));
        var resolved = items.Select(item => DecisionResolver.Resolve(item.Sections, metadata.Forum, metadata.DateInferred ? null : metadata.Date) is var (sections, history)
            ? item with { Sections = sections, History = history }
            : item).ToList();
        return new SegmentedMeeting(metadata, resolved);
    }

    /// <summary>
    /// Minutes cut short after their first items (an excerpt) print more contents entries than body headings, so the
    /// strictly increasing sequence that weighs most can be the contents list, with the body's heading left out because
    /// it repeats an entry. When every heading chosen stands before a candidate that repeats a contents entry (same
    /// number and title, further on), the chosen ones are the contents: the headings are decoded again from that copy
    /// on, and the entries the text never reaches become items with nothing minuted (<see cref="WithAgendaOnlyItems"/>).
    /// </summary>
    private IReadOnlyList<HeadingCandidate> BodyOverContents(IReadOnlyList<HeadingCandidate> candidates, IReadOnlyList<HeadingCandidate> chosen)
    {
        var copy = chosen.Count == 0 ? null : candidates.FirstOrDefault(c => c.LineIndex > chosen[^1].LineIndex
            && candidates.Any(e => e.LineIndex < chosen[0].LineIndex + chosen[0].Span && e.Number == c.Number
                && e.Features.GetValueOrDefault("listed_again") > 0 && ItemHeadingDetector.SameTitle(ItemHeadingDetector.WithoutDotLeaders(e.Title), c.Title)));
        return copy is null ? chosen : _headings.Decode(candidates.Where(c => c.LineIndex >= copy.LineIndex).ToList()).Chosen;
    }

    /// <summary>
    /// The agenda printed before the items (a contents list): the longest run of candidates numbered one
    /// after another, a few lines apart, before the first item heading (anywhere when none was found). One entry
    /// that is no candidate (its title opens with "§ 17 stk. 4") leaves a hole in the run, not the end of it.
    /// </summary>
    private static List<HeadingCandidate> AgendaList(IReadOnlyList<HeadingCandidate> candidates, IReadOnlyList<HeadingCandidate> headings)
    {
        var before = headings.Count > 0 ? headings[0].LineIndex : int.MaxValue;
        var best = new List<HeadingCandidate>();
        var run = new List<HeadingCandidate>();
        foreach (var candidate in candidates.Where(c => c.LineIndex < before && c.Title.Length > 0))
        {
            var next = run.Count > 0 && candidate.Number == run[^1].Number + 1 && candidate.LineIndex - run[^1].LineIndex <= 6;
            var overHole = run.Count > 0 && candidate.Number == run[^1].Number + 2 && candidate.LineIndex - run[^1].LineIndex == 2
                && (run.Count < 2 || run[^1].Number != run[^2].Number + 2);
            if (run.Count > 0 && !next && !overHole)
            {
                run = [];
            }
            run.Add(candidate);
            if (run.Count > best.Count)
            {
                best = [.. run];
            }
        }
        return best.Count >= 2 ? best : [];
    }

    /// <summary>
    /// Items the agenda lists but the text never reaches (closed items, or minutes cut short) are items
    /// of the meeting too: their number and title, with nothing minuted. Printed order is kept.
    /// </summary>
    private static List<AgendaItem> WithAgendaOnlyItems(List<AgendaItem> items, List<HeadingCandidate> agenda, IReadOnlyList<SourceLine> lines)
    {
        var numbers = items.Select(i => i.Number).ToHashSet(StringComparer.Ordinal);
        var missing = agenda.Where(a => !numbers.Contains(a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Select(a => new AgendaItem(a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), ItemHeadingDetector.WithoutDotLeaders(a.Title), [], lines[a.LineIndex].Page))
            .ToList();
        // Items identified by case codes ("ØU-55/07-O") have no contents numbers to fill in.
        if (missing.Count == 0 || items.Any(i => !int.TryParse(i.Number, System.Globalization.CultureInfo.InvariantCulture, out _)))
        {
            return items;
        }
        return [.. items.Concat(missing).OrderBy(i => int.Parse(i.Number, System.Globalization.CultureInfo.InvariantCulture))];
    }

    /// <summary>
    /// An agenda printed as a list of titles without numbers (a bulleted list before the first item): when its first
    /// entries are the first numbered items, in order, its later entries are the items that follow, numbered by
    /// position, with nothing minuted (the text never reaches them).
    /// </summary>
    private static List<AgendaItem> WithUnnumberedAgendaItems(List<AgendaItem> items, IReadOnlyList<SourceLine> lines, int firstHeading)
    {
        var known = items.TakeWhile((item, i) => item.Number == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Count();
        if (known == 0 || known < items.Count)
        {
            return items;
        }
        for (var start = 0; start < firstHeading; start++)
        {
            var run = lines.Skip(start).Take(firstHeading - start).TakeWhile(l => l.Bullet).ToList();
            if (run.Count > known && Enumerable.Range(0, known).All(i => ItemHeadingDetector.SameTitle(run[i].Text, items[i].Title)))
            {
                // The signature page that closes such a list ("Underskriftsside") is a page of the minutes, not an item.
                return [.. items, .. run.Skip(known).Where(entry => !SignaturePagePattern().IsMatch(entry.Text)).Select((entry, i) => new AgendaItem(
                    (known + i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), entry.Text.Trim(), [], entry.Page))];
            }
            start += run.Count;
        }
        return items;
    }

    /// <summary>
    /// Minutes (or an agenda) label decisions or recommendations, or say what they are near the top
    /// ("Referat", "Dagsorden", "Mødedato"); a letter or a case list does neither.
    /// </summary>
    private bool LooksLikeMinutes(IReadOnlyList<SourceLine> lines) =>
        lines.Take(40).Any(l => MinutesWordPattern().IsMatch(l.Text))
        || lines.Any(l => _labeler.Label(l) is { Kind: SectionKind.Decision or SectionKind.Recommendation });

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

    [GeneratedRegex(@"\b(referat|dagsorden|beslutningsprotokol|mødedato|mødested|mødetidspunkt|møde\s+i|mødet|dagsordenspunkt(?:er)?|afbud|fraværende)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesWordPattern();

    /// <summary>A closed item's title: "Lukket: Salg af grund", "(Lukket) Personalesag", "LUKKET PUNKT: …".</summary>
    [GeneratedRegex(@"^\(?lukket\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClosedTitlePattern();

    [GeneratedRegex(@"[.!?:]\s*$")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex(@"^\s*underskrift(?:sside|sark|sblad|er)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SignaturePagePattern();
}
