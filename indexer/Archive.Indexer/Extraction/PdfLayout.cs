using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Text;

namespace Archive.Extraction;

/// <summary>
/// Turns positioned PDF fragments into paragraphs in reading order: fragments on one baseline
/// become a line, running headers, footers and page numbers are removed, and wrapped lines of
/// one paragraph are joined (with hyphenated words rejoined only where they are one word).
/// </summary>
public sealed partial class PdfLayout
{
    private readonly HyphenJoiner _joiner;

    public PdfLayout(HyphenJoiner joiner) => _joiner = joiner;

    public IReadOnlyList<SourceLine> Build(IReadOnlyList<PdfFragment> fragments, IReadOnlyDictionary<int, double> pageHeights)
    {
        var lines = GroupLines(fragments);
        lines = RemovePageFurniture(lines, pageHeights);
        if (lines.Count == 0)
        {
            return [];
        }
        var bodySize = lines.GroupBy(l => Math.Round(l.FontSize))
            .OrderByDescending(g => g.Sum(l => l.Text.Length)).First().Key;
        var margins = lines.GroupBy(l => l.Page).ToDictionary(g => g.Key, g => g.Min(l => l.Left));
        return MergeParagraphs(lines, bodySize, margins, RightEdges(lines));
    }

    private sealed record Line(int Page, double Top, double Left, double Height, double FontSize, bool Bold, bool Italic, string Text, double? OcrConfidence = null)
    {
        /// <summary>Where the line's last fragment ends; the left edge where nothing says more.</summary>
        public double Right { get; init; } = Left;

        public double Bottom => Top + Height;
    }

    private static List<Line> GroupLines(IReadOnlyList<PdfFragment> fragments)
    {
        var result = new List<Line>();
        foreach (var page in fragments.GroupBy(f => f.Page).OrderBy(g => g.Key))
        {
            if (page.All(f => f.OcrConfidence is not null))
            {
                // OCR lines are whole lines already, in Tesseract's reading order (which also follows a slightly rotated scan).
                result.AddRange(page.Select(f => new Line(f.Page, f.Top, f.Left, f.Height, f.FontSize, f.Bold, f.Italic, f.Text, f.OcrConfidence) { Right = f.Right }));
                continue;
            }
            var pending = page.OrderBy(f => f.Top).ThenBy(f => f.Left).ToList();
            var current = new List<PdfFragment>();
            foreach (var fragment in pending)
            {
                if (current.Count > 0 && Math.Abs(fragment.Top - current[0].Top) > Math.Min(fragment.Height, current[0].Height) * 0.5)
                {
                    result.Add(ToLine(current));
                    current.Clear();
                }
                current.Add(fragment);
            }
            if (current.Count > 0)
            {
                result.Add(ToLine(current));
            }
        }
        return result;
    }

    private static Line ToLine(List<PdfFragment> fragments)
    {
        var ordered = fragments.OrderBy(f => f.Left).ToList();
        var text = new StringBuilder();
        PdfFragment? previous = null;
        foreach (var fragment in ordered)
        {
            if (previous is not null)
            {
                var gap = fragment.Left - previous.Right;
                if (gap > previous.Height * 2.5)
                {
                    text.Append('\t');
                }
                else if (gap > 0.5 && !text.ToString().EndsWith(' ') && !fragment.Text.StartsWith(' '))
                {
                    text.Append(' ');
                }
            }
            text.Append(fragment.Text);
            previous = fragment;
        }
        var first = ordered[0];
        var clean = SpacesPattern().Replace(text.ToString().Replace('\u00A0', ' '), " ").Trim();
        // An item number in a cell of its own, in the body font beside a bold title ("2 | Beskæftigelsesindsatsen for
        // ukrainske"), leaves the line as bold as its title: the title's wrapped second line is bold too.
        var styled = ordered.Count > 1 && NumberCellPattern().IsMatch(first.Text) ? ordered.Skip(1) : ordered;
        return new Line(first.Page, ordered.Min(f => f.Top), first.Left, ordered.Max(f => f.Height),
            ordered.Max(f => f.FontSize), styled.All(f => f.Bold), styled.All(f => f.Italic), TextForm.Normalize(clean)) { Right = ordered.Max(f => f.Right) };
    }

    private static List<Line> RemovePageFurniture(List<Line> lines, IReadOnlyDictionary<int, double> pageHeights)
    {
        var pageCount = Math.Max(1, lines.Select(l => l.Page).Distinct().Count());
        bool InMargin(Line l)
        {
            var height = pageHeights.GetValueOrDefault(l.Page, 0);
            return height > 0 && (l.Top < height * 0.08 || l.Top > height * 0.90);
        }
        string Key(Line l) => DigitsPattern().Replace(l.Text.ToLowerInvariant(), "#");
        bool Bare(Line l) => BareNumberPattern().IsMatch(l.Text);
        var repeats = lines.Where(l => InMargin(l) && !Bare(l)).GroupBy(Key)
            .Where(g => g.Select(l => l.Page).Distinct().Count() >= Math.Max(2, pageCount / 2))
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        // A bare number in the margin is the page's number only where it counts with the pages ("3" on page 3, "14" on
        // page 2 of an excerpt, on two pages at least): an item number alone on the first line of a page is text.
        int Offset(Line l) => int.Parse(l.Text, NumberStyles.None, CultureInfo.InvariantCulture) - l.Page;
        var offsets = lines.Where(l => InMargin(l) && Bare(l)).GroupBy(Offset)
            .Where(g => g.Select(l => l.Page).Distinct().Count() >= 2 || (pageCount <= 2 && g.Key == 0))
            .Select(g => g.Key).ToHashSet();
        bool IsPageNumber(Line l) => Bare(l) ? offsets.Contains(Offset(l)) : PageNumberPattern().IsMatch(l.Text);
        lines = lines.Where(l => !(InMargin(l) && (IsPageNumber(l) || repeats.Contains(Key(l))))).ToList();
        return RemoveRunningBlocks(lines, pageHeights, pageCount, Key, IsPageNumber);
    }

    /// <summary>
    /// A running header or footer printed as a block of several lines can reach further into the page than the margins
    /// above ("Sundheds- og Forebyggelsesudvalget / Referat / Åbent referat / Dato: 04.12.2012 / Side 3" down to 16 % of its
    /// height). Within the top and bottom fifth of a page, the lines that stand first (or last) on it and repeat, digits aside,
    /// on most pages are that block, and go; the first line from the edge that does not repeat ends it, so a label printed
    /// under each page's own heading ("Sagsfremstilling") stays.
    /// </summary>
    private static List<Line> RemoveRunningBlocks(List<Line> lines, IReadOnlyDictionary<int, double> pageHeights, int pageCount, Func<Line, string> key,
        Func<Line, bool> isPageNumber)
    {
        const double Band = 0.20;
        var needed = Math.Max(3, (pageCount + 1) / 2);
        double HeightOf(Line l) => pageHeights.GetValueOrDefault(l.Page, 0);
        bool InBand(Line l) => HeightOf(l) > 0 && (l.Top < HeightOf(l) * Band || l.Top > HeightOf(l) * (1 - Band));
        var repeats = lines.Where(l => InBand(l) && !BareNumberPattern().IsMatch(l.Text)).GroupBy(key)
            .Where(g => g.Select(l => l.Page).Distinct().Count() >= needed)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        if (repeats.Count == 0)
        {
            return lines;
        }
        var dropped = new HashSet<Line>(ReferenceEqualityComparer.Instance);
        foreach (var page in lines.GroupBy(l => l.Page))
        {
            var height = pageHeights.GetValueOrDefault(page.Key, 0);
            var ordered = page.OrderBy(l => l.Top).ToList();
            foreach (var line in ordered.TakeWhile(l => l.Top < height * Band && (repeats.Contains(key(l)) || isPageNumber(l))))
            {
                dropped.Add(line);
            }
            foreach (var line in Enumerable.Reverse(ordered).TakeWhile(l => l.Top > height * (1 - Band) && (repeats.Contains(key(l)) || isPageNumber(l))))
            {
                dropped.Add(line);
            }
        }
        return lines.Where(l => !dropped.Contains(l)).ToList();
    }

    /// <summary>
    /// Each page's right edge of the text: where nine lines in ten of ten characters or more end at the most, on the
    /// page or in the whole document, whichever is further right (a page of short entries, a contents list, does not
    /// pull it left). A table wider than the text only moves it right.
    /// </summary>
    private static Dictionary<int, double> RightEdges(List<Line> lines)
    {
        static double Edge(IEnumerable<Line> some)
        {
            var rights = some.Where(l => l.Text.Length >= 10).Select(l => l.Right).Order().ToList();
            return rights.Count == 0 ? double.MaxValue : rights[(int)Math.Floor((rights.Count - 1) * 0.9)];
        }
        var document = Edge(lines);
        return lines.GroupBy(l => l.Page).ToDictionary(g => g.Key, g => g.Count(l => l.Text.Length >= 10) >= 5 ? Math.Max(Edge(g), document) : document);
    }

    private List<SourceLine> MergeParagraphs(List<Line> lines, double bodySize, Dictionary<int, double> margins, Dictionary<int, double> rightEdges)
    {
        var result = new List<SourceLine>();
        Line? first = null;
        Line? last = null;
        var text = string.Empty;
        var blankBefore = true;
        // Character-weighted sum of the OCR confidences of the paragraph's lines.
        double confidence = 0;

        void Flush()
        {
            if (first is null)
            {
                return;
            }
            var ratio = bodySize > 0 ? first.FontSize / bodySize : 1.0;
            var bullet = BulletPattern().IsMatch(text);
            var clean = bullet ? BulletPattern().Replace(text, string.Empty) : text;
            double? ocr = first.OcrConfidence is null ? null : Math.Round(confidence / Math.Max(1, text.Length), 3);
            result.Add(new SourceLine(clean, first.Page, first.Bold, first.Italic, HeadingLevel(ratio, first.Bold),
                Math.Round(ratio, 2), (int)Math.Max(0, first.Left - margins[first.Page]), bullet, blankBefore, ocr));
            first = null;
        }

        foreach (var line in lines)
        {
            if (first is not null && last is not null && Continues(last, line, text) && Wrapped(last, line, rightEdges[last.Page]))
            {
                text = _joiner.Join(text, line.Text);
                confidence += (line.OcrConfidence ?? 0) * line.Text.Length;
                last = line;
                continue;
            }
            var gapBefore = last is null || line.Page != last.Page || line.Top - last.Bottom > last.Height * 0.5;
            Flush();
            first = line;
            last = line;
            text = line.Text;
            confidence = (line.OcrConfidence ?? 0) * line.Text.Length;
            blankBefore = gapBefore;
        }
        Flush();
        return result;
    }

    /// <summary>
    /// The line before was wrapped, not ended: the first word of this line would not have fitted in the room left at
    /// its end. A header field, a list entry or a title ends short of the edge, and the line after it is a new one.
    /// </summary>
    private static bool Wrapped(Line previous, Line line, double rightEdge)
    {
        if (previous.OcrConfidence is not null || line.Text.Length == 0)
        {
            return true;
        }
        // The word's width is estimated from the line's mean character width, with a fifth to spare for wide letters.
        var charWidth = (line.Right - line.Left) / line.Text.Length;
        var firstWord = line.Text.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? space : line.Text.Length;
        return rightEdge - previous.Right < (firstWord + 1) * charWidth * 1.2;
    }

    private static bool Continues(Line previous, Line line, string paragraph)
    {
        if (line.Bold != previous.Bold || line.Italic != previous.Italic || Math.Abs(line.FontSize - previous.FontSize) > 0.5)
        {
            return false;
        }
        if (line.Text.Contains('\t', StringComparison.Ordinal) || paragraph.Contains('\t', StringComparison.Ordinal)
            || MarkerPattern().IsMatch(line.Text) || paragraph.EndsWith(':') || DotLeaderEndPattern().IsMatch(paragraph))
        {
            return false;
        }
        if (line.Page != previous.Page)
        {
            return line.Page == previous.Page + 1 && !SentenceEndPattern().IsMatch(paragraph) && line.Text.Length > 0 && char.IsLower(line.Text[0]);
        }
        var gap = line.Top - previous.Bottom;
        return gap >= -previous.Height * 0.5 && gap <= previous.Height * 0.5;
    }

    private static int HeadingLevel(double ratio, bool bold) => ratio switch
    {
        >= 1.4 => 1,
        >= 1.2 => 2,
        >= 1.08 when bold => 3,
        _ => 0,
    };

    [GeneratedRegex(@"^\s*((side|page|s\.)\s*)?\d{1,4}(\s*(af|/|of)\s*\d{1,4})?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberPattern();

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex BareNumberPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsPattern();

    [GeneratedRegex(@"^[•▪◦·●■\-–]\s+")]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"^(\d{1,3}[.)](?=\p{Lu})|(\d{1,3}[.)]|[a-zA-Z][.)]|[IVX]{1,4}[.)]|[•▪◦·●■\-–])(\s|$))")]
    private static partial Regex MarkerPattern();

    /// <summary>A contents entry's end: dot leaders and the page number ("…grenaa Syd ........ 1").</summary>
    [GeneratedRegex(@"(\.{4,}|…{2,})\s*\d{0,4}\s*$")]
    private static partial Regex DotLeaderEndPattern();

    [GeneratedRegex(@"[.!?:]\s*$")]
    private static partial Regex SentenceEndPattern();

    /// <summary>A fragment that is only an item number: "2", "12.", "3)".</summary>
    [GeneratedRegex(@"^\s*\d{1,4}[.)]?\s*$")]
    private static partial Regex NumberCellPattern();

    [GeneratedRegex(@"[ ]{2,}")]
    private static partial Regex SpacesPattern();
}
