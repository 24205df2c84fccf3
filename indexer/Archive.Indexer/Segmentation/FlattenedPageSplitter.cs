using System.Text.RegularExpressions;
using Archive.Extraction;

namespace Archive.Segmentation;

/// <summary>
/// Transcript sites print a PDF as one paragraph per page, each opened by the page's counter ("1 Referat …",
/// "2 Indholdsfortegnelse …", "4 1. Godkendelse af dagsorden …"). Such pages are split back into lines: the
/// counter is dropped, and a new line starts at an item number, a section label and a lettered point, so
/// headings and labels stand at the start of a line as on the printed page.
/// </summary>
public static partial class FlattenedPageSplitter
{
    /// <summary>A page paragraph is long; a heading "1 Title" is not.</summary>
    private const int MinPageLength = 150;

    /// <summary>A fragment that opens with an item number and runs on longer than a title does.</summary>
    private const int MaxHeadingLength = 120;

    private const int HeadingCut = 100;

    public static IReadOnlyList<SourceLine> Split(IReadOnlyList<SourceLine> lines)
    {
        var pages = PageLines(lines);
        var split = new List<SourceLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!pages.Contains(i))
            {
                AddWithNumberedRunSplit(split, lines[i]);
                continue;
            }
            // The counter goes, and so does a running header printed at the top of the page ("3 Side 1 1. KB - Spørgetid …").
            var text = RunningHeaderPattern().Replace(PageCounterPattern().Match(lines[i].Text).Groups["t"].Value, string.Empty);
            foreach (var fragment in BreakPattern().Split(text).Select(t => t.Trim()).Where(t => t.Length > 0))
            {
                // A heading run into the page's text ("3. Nyt fra udvalget Sag Dok Initialer: … Formanden orienterer. …"):
                // its first words stand as the heading line, the rest follows as the item's text.
                if (PrefixedEntries(fragment) is { } entries)
                {
                    split.AddRange(entries.Select(entry => lines[i] with { Text = entry, BlankBefore = true }));
                    continue;
                }
                var cut = NumberedFragmentPattern().IsMatch(fragment) && fragment.Length > MaxHeadingLength ? fragment.LastIndexOf(' ', HeadingCut) : -1;
                split.Add(lines[i] with { Text = cut > 0 ? fragment[..cut] : fragment, BlankBefore = true });
                if (cut > 0)
                {
                    split.Add(lines[i] with { Text = fragment[(cut + 1)..], BlankBefore = false });
                }
            }
        }
        return split;
    }

    /// <summary>
    /// A contents list run together into one long line by the conversion ("Indholdsfortegnelse 1. Lokalplan 264 … 2. Kommuneplantillæg
    /// … 3. …"): when the line holds at least <see cref="MinNumberedRun"/> item numbers counting up one by one, each of them opens a
    /// line of its own, as on the printed page. Numbers outside that run (a "2. viceborgmester" inside a title) stay where they are.
    /// </summary>
    private static void AddWithNumberedRunSplit(List<SourceLine> split, SourceLine line)
    {
        if (line.Text.Length >= MinPageLength && PrefixedEntries(line.Text) is { } entries)
        {
            split.AddRange(entries.Select((entry, k) => line with { Text = entry, BlankBefore = k == 0 ? line.BlankBefore : true }));
            return;
        }
        var run = line.Text.Length < MinPageLength ? [] : NumberedRun(line.Text);
        if (run.Count == 0)
        {
            split.Add(line);
            return;
        }
        var starts = run.Prepend(0).Append(line.Text.Length).ToList();
        for (var k = 0; k + 1 < starts.Count; k++)
        {
            var text = line.Text[starts[k]..starts[k + 1]].Trim();
            if (text.Length > 0)
            {
                // A piece may hold another such run (after a number the conversion lost): it is split in turn, so that
                // splitting split lines again changes nothing.
                AddWithNumberedRunSplit(split, line with { Text = text, BlankBefore = k == 0 ? line.BlankBefore : true });
            }
        }
    }

    private const int MinNumberedRun = 3;

    /// <summary>Entries a contents line must hold, each opened by a committee code, before the codes split it.</summary>
    private const int MinPrefixedEntries = 4;

    /// <summary>
    /// A contents list run together into one line whose titles lost their numbers but each open with the code of the committee
    /// that sends the case ("1. KB - Spørgetid KB - Godkendelse af dagsorden … ØU - Årsrapport …", "1 ØK Horsens Havn A/S - årsrapport
    /// ØK Horsens Vand A/S … 5 ØK Bestyrelse …"): the repeated code is the split point. The split is constrained: the codes are
    /// those printed at least twice in the same style (with or without " - "), the first entry carries its number, and the entries
    /// are numbered on from it by position, every number still printed agreeing with its place; otherwise nothing is split (no
    /// item is invented). Returns the text before the first entry (if any) and each entry as "N. CODE Title", or null.
    /// </summary>
    private static List<string>? PrefixedEntries(string text)
    {
        var matches = PrefixedEntryPattern().Matches(text).ToList();
        if (matches.Count < MinPrefixedEntries)
        {
            return null;
        }
        var style = matches.GroupBy(m => m.Groups["sep"].Success).MaxBy(g => g.Count())!.Key;
        var codes = matches.Where(m => m.Groups["sep"].Success == style).GroupBy(m => m.Groups["code"].Value)
            .Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var entries = matches.Where(m => m.Groups["sep"].Success == style && codes.Contains(m.Groups["code"].Value)).ToList();
        if (entries.Count < MinPrefixedEntries || !entries[0].Groups["n"].Success)
        {
            return null;
        }
        var first = int.Parse(entries[0].Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (entries.Select((e, k) => (e, k)).Any(p => p.e.Groups["n"].Success
            && int.Parse(p.e.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) != first + p.k))
        {
            return null;
        }
        var result = new List<string>();
        if (text[..entries[0].Index].Trim() is { Length: > 0 } before)
        {
            result.Add(before);
        }
        for (var k = 0; k < entries.Count; k++)
        {
            var end = k + 1 < entries.Count ? entries[k + 1].Index : text.Length;
            var body = text[entries[k].Groups["entry"].Index..end].Trim();
            result.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{first + k}. {body}"));
        }
        return result;
    }

    /// <summary>An entry opened by a committee code of two or three capitals, its number perhaps before it: "1. KB - ", "5 ØK ", "Lukket - TM - ".</summary>
    [GeneratedRegex(@"(?<=^|\s)(?:(?<n>\d{1,3})\.?\s+)?(?<entry>(?:(?:Lukket|Åben|Åbent)\s+-\s+)?(?<code>\p{Lu}{2,3})(?<sep>\s+-)?\s+(?=\S))")]
    private static partial Regex PrefixedEntryPattern();

    /// <summary>Where the longest run of item numbers counting up one by one starts its entries (empty below <see cref="MinNumberedRun"/>).</summary>
    private static List<int> NumberedRun(string text)
    {
        var best = new List<int>();
        var entries = RunEntryPattern().Matches(text).Select(m => (At: m.Groups["n"].Index, Number: int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        for (var first = 0; first < entries.Count; first++)
        {
            var run = new List<int> { entries[first].At };
            var next = entries[first].Number + 1;
            foreach (var entry in entries.Skip(first + 1).Where(e => e.Number == next))
            {
                run.Add(entry.At);
                next++;
            }
            if (run.Count > best.Count)
            {
                best = run;
            }
        }
        return best.Count >= MinNumberedRun ? best.Where(at => at > 0).ToList() : [];
    }

    /// <summary>An entry of a run-together list: an item number and a capital letter ("10. LAR i …"), at the start or after a space, not a reference ("pkt. 18.").</summary>
    [GeneratedRegex(@"(?:^|(?<=\s)(?<!\b(?i:pkt|punkt|nr|jf|side|af)\.?\s+))(?<n>\d{1,3})\.\s+\p{Lu}")]
    private static partial Regex RunEntryPattern();

    /// <summary>
    /// The lines that are whole pages: paragraphs opened by the counters 1, 2, 3, … in order, at least two of them long,
    /// or at least three one right after another with one long (an excerpt: a cover page, the contents, the first lines of
    /// the next page). The first page may be short (a cover page with only the meeting's title), and so may a page right
    /// after another (the last page, with only "Eventuelt" on it).
    /// </summary>
    private static HashSet<int> PageLines(IReadOnlyList<SourceLine> lines)
    {
        var pages = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var match = PageCounterPattern().Match(lines[i].Text);
            if (match.Success && (lines[i].Text.Length >= MinPageLength || pages.Count == 0 || pages[^1] == i - 1)
                && int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == pages.Count + 1)
            {
                pages.Add(i);
            }
        }
        var full = pages.Count(i => lines[i].Text.Length >= MinPageLength);
        // Only text without pages of its own (a transcript site's page saved as text) is read as an excerpt of pages: in a
        // PDF, entries "1 …", "2 …", "3 …" one after another are a contents list whose numbers are the items'.
        var consecutive = pages.Count >= 3 && pages.Zip(pages.Skip(1)).All(p => p.Second == p.First + 1) && lines.All(l => l.Page == 1);
        return full >= 2 || (full >= 1 && consecutive) ? [.. pages] : [];
    }

    [GeneratedRegex(@"^(?<n>\d{1,3})\s(?<t>\S.*)$")]
    private static partial Regex PageCounterPattern();

    [GeneratedRegex(@"^\d{1,3}\.\s+\p{Lu}")]
    private static partial Regex NumberedFragmentPattern();

    /// <summary>A page's running header before its text: "Side 1" (the page number the PDF printed, not the transcript's counter).</summary>
    [GeneratedRegex(@"^Side\s+\d{1,3}\s+(?=\S)")]
    private static partial Regex RunningHeaderPattern();

    /// <summary>
    /// Where a flattened page breaks: before an item number that is no reference ("2. Anden …", "1. KB - Spørgetid", not "pkt. 2.",
    /// nor a point in a sentence after a preposition: "regnskabsrapport pr på 1. Kommunens samlede budget"),
    /// after a contents entry's page reference ("Sydfyns Elforsyning...vii 96. …", "101. Budget xiii 102. SPØRGETID...xv Til behandling …"), before a
    /// section label, before a lettered point ("a) "), before a case code that numbers an item ("ØU-55/07-O Title") and before a
    /// forum's meeting heading its verdict ("Kommunalbestyrelsens møde 25. september 2006 Punkt 1:"), and around the case line
/// that Net-Hotel PolWeb prints under each heading ("Sag: 13/1234 Dok: 56/13 Initialer: MBA Åbent"), and before the journal
/// field line other systems print there ("89. Til efterretning - … budget J.nr.:. Sagsid.: Initialer: Åben sag …").
    /// </summary>
    [GeneratedRegex(@"(?<=\S)\s+(?<!\b(?i:pkt|punkt|nr|jf|side|pr|på|i|til|af|fra|om|ved|med)\.?\s+)(?=\d{1,3}\.\s+(?:\p{Lu}\p{Ll}|\p{Lu}{2,4}\s+-\s+\p{Lu}))|(?<=(?:\.{3}|…)\s*(?:\d{1,3}|[ivxlc]{1,6})|\s[ivxlc]{2,6})\s+(?=\d{1,3}\.\s+\p{Lu}|(?-i:\p{Lu}\p{Ll}))|(?<=\S)\s+(?=(?:Beslutning|Sagsfremstilling|Indstilling|Resumé|Baggrund|Bilag)\b)|\s+(?=[a-z]\)\s)|(?<=\S)\s+(?=(?-i:\p{Lu}{1,4}-\d{1,3}/\d{2}(?:-\p{Lu}{1,2})?\s+\p{Lu}))|(?<=\S)\s+(?=" + CaseNumberReader.PolWebCaseLine + @")|(?<=\S)\s+(?=(?i:j\.\s?nr\.?\s*:))|(?<=" + CaseNumberReader.PolWebCaseLine + @")\s+|(?<=\S)\s+(?=(?-i:\p{Lu}\p{Ll}+s)\s+møde\s+\d{1,2}\.\s*\p{L}+\s+\d{4}\s+(?:Punkt|Pkt\.?)\s*\d{1,3}\s*:)")]
    private static partial Regex BreakPattern();
}
