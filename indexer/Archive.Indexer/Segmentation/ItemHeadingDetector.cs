using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Extraction;
using Archive.Text;

namespace Archive.Segmentation;

/// <summary>
/// Finds the lines that start agenda items. Every numbered line is a candidate; a linear
/// scorer (weights in item-heading-weights.txt) rates each from its layout and context, and a
/// dynamic programme picks the best sequence with strictly increasing numbers. Numbered lists
/// inside items, quoted items of other committees, sentences numbered by a broken conversion
/// and tables of contents lose to the real headings this way.
/// </summary>
public sealed partial class ItemHeadingDetector
{
    private readonly IHeadingScorer _scorer;
    private readonly SectionLabeler _labeler;

    public const string WeightsResource = "Segmentation/item-heading-weights.txt";

    /// <summary>The hand-set weights training starts from (a prior, not what ships).</summary>
    public const string PriorResource = "Segmentation/item-heading-prior.txt";

    /// <param name="scorer">The heading model; null for the one that ships (the weights in item-heading-weights.txt).</param>
    public ItemHeadingDetector(SectionLabeler labeler, IHeadingScorer? scorer = null)
    {
        _labeler = labeler;
        _scorer = scorer ?? DefaultScorer.Value;
    }

    /// <summary>A detector with a linear scorer over these weights (the in-house perceptron's, or the prior).</summary>
    public ItemHeadingDetector(SectionLabeler labeler, IReadOnlyDictionary<string, double> weights)
        : this(labeler, new LinearHeadingScorer(weights))
    {
    }

    /// <summary>The hand-set prior: where the perceptron starts, and the sequence weights of the ML.NET model it was compared with.</summary>
    public static IReadOnlyDictionary<string, double> Prior => LazyPrior.Value;

    private static readonly Lazy<IReadOnlyDictionary<string, double>> LazyPrior = new(() => ReadWeights(PriorResource));

    private static readonly Lazy<IHeadingScorer> DefaultScorer = new(() => new LinearHeadingScorer(ReadWeights(WeightsResource)));

    private static Dictionary<string, double> ReadWeights(string resource) =>
        EmbeddedText.Lines(resource)
            .Select(line => line.Split('\t', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0], parts => double.Parse(parts[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>
    /// Text saved from a web page often has no blank lines at all (nor its PDF, but for its page breaks): then every line is a paragraph of its
    /// own, or every heading would look like the continuation of the line above it. Pages flattened to one
    /// paragraph each are split back into lines first (<see cref="FlattenedPageSplitter"/>).
    /// </summary>
    public static IReadOnlyList<SourceLine> WithParagraphs(IReadOnlyList<SourceLine> lines)
    {
        lines = RunInTreatmentSplitter.Split(FlattenedPageSplitter.Split(lines));
        // A page break is no paragraph gap: a PDF of such text has one at the top of every page.
        var gaps = Enumerable.Range(1, Math.Max(0, lines.Count - 1)).Count(i => lines[i].BlankBefore && lines[i].Page == lines[i - 1].Page);
        return lines.Count >= 8 && gaps * 50 < lines.Count ? lines.Select(l => l with { BlankBefore = true }).ToList() : lines;
    }

    public IReadOnlyList<HeadingCandidate> Candidates(IReadOnlyList<SourceLine> lines)
    {
        lines = WithParagraphs(lines);
        var candidates = new List<HeadingCandidate>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            var number = NumberAfterTitlePattern().Match(text);
            var bare = !number.Success && BareNumberPattern().Match(text) is { Success: true } bareNumber ? bareNumber : null;
            if (bare is not null && i + 1 < lines.Count && IsTitleLike(lines, i + 1, titleAfterBareNumber: true))
            {
                // "1." or "125" alone, the title on the next line (a contents table flattened by conversion),
                // or wrapped over two lines when the second ends in the contents' dot leaders.
                var printed = lines[i + 1].Text;
                var span = 2;
                if (!DotLeaderPattern().IsMatch(printed) && i + 2 < lines.Count && DotLeaderPattern().IsMatch(lines[i + 2].Text)
                    && IsTitleLike(lines, i + 2) && !BareNumberPattern().IsMatch(lines[i + 2].Text))
                {
                    printed = $"{printed} {lines[i + 2].Text}";
                    span = 3;
                }
                var title = WithoutDotLeaders(printed);
                var features = Features(lines, i, title);
                features["title_after_number"] = 1;
                features["bare_number"] = 1;
                features["dot_leaders"] = DotLeaderPattern().IsMatch(printed) ? 1 : 0;
                // A stop that ends a short title under a lone number ("m.v.", "… bestillingskontor.") is no sign of running text.
                features["sentence"] = 0;
                candidates.Add(new HeadingCandidate(i, Parse(bare.Groups["n"].Value), "bare", title, features, span));
                continue;
            }
            if (number.Success)
            {
                // A number alone on its line: its title is the line above ("Title" / "Sag nr. 130") or the line below.
                var before = i > 0 && IsTitleLike(lines, i - 1);
                var after = i + 1 < lines.Count && IsTitleLike(lines, i + 1) && !lines[i + 1].BlankBefore;
                var titleFirst = before && (!after || lines[i - 1].Bold || lines[i - 1].HeadingLevel > 0);
                if (titleFirst || after)
                {
                    var at = titleFirst ? i - 1 : i;
                    var title = lines[titleFirst ? i - 1 : i + 1].Text.Trim();
                    var features = Features(lines, at, title);
                    features[titleFirst ? "number_after_title" : "title_after_number"] = 1;
                    features["prefixed"] = 1;
                    candidates.Add(new HeadingCandidate(at, Parse(number.Groups["n"].Value), titleFirst ? "after" : "punkt_", title, features, 2));
                    continue;
                }
            }
            if (CaseCodePattern().Match(text) is { Success: true } code)
            {
                // An item identified by a case code ("ØU-55/07-O Title"): the code's running number orders the items.
                // A run-in heading (a page flattened to one paragraph) carries the item's text on: the title is its first words.
                var (codeTitle, runOn) = RunInTitle(code.Groups["t"].Value.Trim());
                var features = Features(lines, i, codeTitle);
                features["case_code"] = 1;
                candidates.Add(new HeadingCandidate(i, Parse(code.Groups["n"].Value), "code", codeTitle, features) { Code = code.Groups["code"].Value, BodyStart = runOn });
                continue;
            }
            var match = NumberedPattern().Match(text);
            var glued = false;
            var misread = false;
            if (!match.Success && lines[i].OcrConfidence is not null && OcrNumberPattern().IsMatch(text))
            {
                // OCR reads "1" as "l" or "I" and "0" as "O": such a line is a candidate, weighed by its own feature; its text stays as read.
                match = NumberedPattern().Match(OcrNumberPattern().Replace(text, m => m.Value.Replace('l', '1').Replace('I', '1').Replace('O', '0'), 1));
                misread = match.Success;
            }
            if (!match.Success && MayBeGlued(text))
            {
                match = GluedPattern().Match(text);
                glued = match.Success;
            }
            if (!match.Success || Parse(match.Groups["n"].Value) is not (>= 1 and <= 999) || IsRecommendationPoint(lines, i, match)
                || StartsWithDate(text[match.Groups["n"].Index..]))
            {
                continue;
            }
            var style = (match.Groups["punkt"].Success ? "punkt" : string.Empty) + (match.Groups["d"].Success ? match.Groups["d"].Value : "_");
            var heading = StatusPattern().Replace(match.Groups["t"].Value, string.Empty).Trim();
            string? trailing = null;
            if (EndsWithLabel(heading) && TrailingLabelPattern().Match(heading) is { Success: true } glue)
            {
                (heading, trailing) = (glue.Groups["t"].Value, glue.Groups["label"].Value);
            }
            var own = Features(lines, i, heading);
            own["prefixed"] = match.Groups["punkt"].Success ? 1 : 0;
            own["glued"] = glued ? 1 : 0;
            own["large_number"] = Parse(match.Groups["n"].Value) > 100 ? 1 : 0;
            own["repeated_number"] = match.Groups["again"].Success ? 1 : 0;
            if (misread)
            {
                own["misread_number"] = 1;
            }
            candidates.Add(new HeadingCandidate(i, Parse(match.Groups["n"].Value), style, heading, own) { BodyStart = trailing });
        }
        return MarkListedAgain(candidates.OrderBy(c => c.LineIndex).ThenBy(c => c.Span).ToList());
    }

    /// <summary>
    /// An entry of the printed agenda whose item is printed again further on (same number, same title) is the
    /// contents entry, not the heading: the feature lets the later copy win.
    /// </summary>
    private static List<HeadingCandidate> MarkListedAgain(List<HeadingCandidate> candidates) =>
        candidates.Select((entry, i) => candidates.Skip(i + 1).Any(later => later.Number == entry.Number
                && later.LineIndex > entry.LineIndex + entry.Span && SameTitle(WithoutDotLeaders(entry.Title), WithoutDotLeaders(later.Title)))
            ? entry with { Features = new Dictionary<string, double>(entry.Features, StringComparer.Ordinal) { ["listed_again"] = 1 } }
            : entry).ToList();

    /// <summary>Two printings of one title: equal, or one the start of the other (a cut or wrapped copy), ignoring case and spacing.</summary>
    public static bool SameTitle(string a, string b)
    {
        var x = string.Join(' ', a.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        var y = string.Join(' ', b.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return x.Length > 0 && y.Length > 0 && (x == y || (Math.Min(x.Length, y.Length) >= 8 && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal))));
    }

    /// <summary>A title too long to be one, cut after its first words at a word boundary; the rest is the item's text.</summary>
    private static (string Title, string? RunOn) RunInTitle(string text)
    {
        const int longest = 120;
        if (text.Length <= 200)
        {
            return (text, null);
        }
        var cut = text.LastIndexOf(' ', longest);
        cut = cut > 0 ? cut : longest;
        return (text[..cut].Trim(), text[cut..].Trim());
    }

    /// <summary>"20. januar 2015 Mødested": the number is a day of the month, never an item number.</summary>
    private static bool StartsWithDate(string text) => DanishDateParser.StartsWithDay(text);

    /// <summary>A contents entry's title without its dot leaders and page number.</summary>
    public static string WithoutDotLeaders(string title) => PageReferencePattern().Replace(DotLeaderPattern().Replace(title, string.Empty), string.Empty).Trim();

    private static int Parse(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    /// <summary>
    /// A numbered point of a recommendation or a decision ("1. at …", or a list right under "Indstilling:")
    /// is never an agenda item, whatever the weights say.
    /// </summary>
    private bool IsRecommendationPoint(IReadOnlyList<SourceLine> lines, int index, Match match)
    {
        if (RecommendationPointPattern().IsMatch(match.Groups["t"].Value))
        {
            return true;
        }
        // Walk back over the list's earlier points (numbers counting down to 1, wrapped lines between) to the label above it.
        var expected = Parse(match.Groups["n"].Value);
        for (var j = index - 1; j >= 0 && j >= index - 20; j--)
        {
            if (_labeler.Label(lines[j]) is { } label)
            {
                // "Referat" also titles whole minutes, so of the decision labels only "Beslutning" opens a list of points.
                return expected == 1 && label.InlineText.Length == 0 && (label.Kind == SectionKind.Recommendation
                    || (label.Kind == SectionKind.Decision && lines[j].Text.TrimStart().StartsWith("beslutning", StringComparison.OrdinalIgnoreCase)));
            }
            var sibling = NumberedPattern().Match(lines[j].Text);
            if (sibling.Success && Parse(sibling.Groups["n"].Value) == expected - 1)
            {
                expected--;
            }
            else if (sibling.Success || lines[j].BlankBefore)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// A line beside a lone "Sag nr. 130" can be its title: a short line that is no label, no sentence and no numbered line.
    /// Under a number alone on its line ("193." / "Svar til det kommunale tilsyn om … bestillingskontor.") a title may end with a
    /// stop (an abbreviation, "m.v.", or a title written as a sentence) when it is short and capitalised; the candidate's
    /// "sentence" feature still weighs it.
    /// </summary>
    private bool IsTitleLike(IReadOnlyList<SourceLine> lines, int index, bool titleAfterBareNumber = false)
    {
        var text = WithoutDotLeaders(lines[index].Text);
        var sentenceEnd = SentenceEndPattern().IsMatch(text)
            && !(titleAfterBareNumber && text.Length <= MaxStoppedTitleLength && char.IsUpper(text.TrimStart()[0]));
        return text.Length is > 0 and <= 200 && !NumberedPattern().IsMatch(text) && !NumberAfterTitlePattern().IsMatch(text)
            && _labeler.Label(lines[index]) is null && !sentenceEnd && !lines[index].IsTableRow;
    }

    private const int MaxStoppedTitleLength = 120;

    /// <summary>The candidate's own score: its features weighed, without the sequence it stands in.</summary>
    public double Score(HeadingCandidate candidate) => _scorer.Candidate(candidate.Features);

    /// <summary>The chosen headings in document order.</summary>
    public IReadOnlyList<HeadingCandidate> Detect(IReadOnlyList<SourceLine> lines) => Decode(Candidates(lines)).Chosen;

    /// <summary>
    /// The best sequence of candidates with strictly increasing numbers: the one whose features
    /// (<see cref="SequenceFeatures"/>) weigh most. Also returns the dominant numbering style it assumed.
    /// </summary>
    public (IReadOnlyList<HeadingCandidate> Chosen, string? DominantStyle) Decode(IReadOnlyList<HeadingCandidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return ([], null);
        }
        var own = candidates.Select(Score).ToArray();
        var dominant = candidates.Where((c, i) => own[i] > 0).GroupBy(c => c.Style)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var scores = candidates.Select((c, i) => own[i] + Weigh(StyleFeatures(c, dominant))).ToArray();

        // best[i]: the best total of a sequence that ends with candidate i.
        var best = new double[candidates.Count];
        var previous = new int[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            best[i] = scores[i] + Weigh(TransitionFeatures(null, candidates[i]));
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (candidates[j].Number >= candidates[i].Number)
                {
                    continue;
                }
                var total = best[j] + scores[i] + Weigh(TransitionFeatures(candidates[j], candidates[i]));
                if (total > best[i])
                {
                    best[i] = total;
                    previous[i] = j;
                }
            }
        }
        var end = Enumerable.Range(0, candidates.Count).MaxBy(i => best[i]);
        if (best[end] <= 0)
        {
            return ([], dominant);
        }
        var chosen = new List<HeadingCandidate>();
        for (var i = end; i >= 0; i = previous[i])
        {
            chosen.Add(candidates[i]);
        }
        chosen.Reverse();
        return (chosen, dominant);
    }

    /// <summary>The features of a whole sequence: what <see cref="Decode"/> maximises, and what training compares.</summary>
    public static Dictionary<string, double> SequenceFeatures(IReadOnlyList<HeadingCandidate> sequence, string? dominantStyle)
    {
        var total = new Dictionary<string, double>(StringComparer.Ordinal);
        void Add(IReadOnlyDictionary<string, double> features)
        {
            foreach (var (name, value) in features)
            {
                total[name] = total.GetValueOrDefault(name) + value;
            }
        }
        for (var i = 0; i < sequence.Count; i++)
        {
            Add(sequence[i].Features);
            Add(StyleFeatures(sequence[i], dominantStyle));
            Add(TransitionFeatures(i == 0 ? null : sequence[i - 1], sequence[i]));
        }
        return total;
    }

    private double Weigh(IReadOnlyDictionary<string, double> features) => _scorer.Sequence(features);

    private static Dictionary<string, double> StyleFeatures(HeadingCandidate candidate, string? dominant) =>
        candidate.Style == dominant ? [] : new() { ["style_differs"] = 1 };

    private static Dictionary<string, double> TransitionFeatures(HeadingCandidate? from, HeadingCandidate to)
    {
        if (from is null)
        {
            return to.Number == 1 ? new() { ["start_at_one"] = 1 } : new() { ["start_late"] = Math.Min(to.Number - 1, 10) };
        }
        var gap = to.Number - from.Number;
        var features = gap == 1 ? new Dictionary<string, double> { ["next_number"] = 1 } : new() { ["skipped_number"] = 1 };
        if (from.Style != to.Style)
        {
            features["style_change"] = 1;
        }
        return features;
    }

    private Dictionary<string, double> Features(IReadOnlyList<SourceLine> lines, int index, string title)
    {
        var line = lines[index];
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var features = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["bias"] = 1,
            ["heading"] = line.HeadingLevel > 0 ? 1 : 0,
            ["bold"] = line.Bold ? 1 : 0,
            ["larger_font"] = line.FontRatio >= 1.05 ? 1 : 0,
            ["blank_before"] = line.BlankBefore ? 1 : 0,
            ["bullet"] = line.Bullet ? 1 : 0,
            ["indented"] = line.Indent >= 20 ? 1 : 0,
            ["empty_title"] = title.Length == 0 ? 1 : 0,
            ["short_title"] = title.Length is > 0 and <= 120 ? 1 : 0,
            ["long_title"] = title.Length > 200 ? 1 : 0,
            ["sentence"] = words >= 3 && SentenceEndPattern().IsMatch(title) ? 1 : 0,
            ["ends_with_colon"] = title.EndsWith(':') ? 1 : 0,
            ["lowercase_start"] = title.Length > 0 && char.IsLower(title[0]) ? 1 : 0,
            ["dot_leaders"] = DotLeaderPattern().IsMatch(title) ? 1 : 0,
            ["in_list"] = InList(lines, index) ? 1 : 0,
            ["list_run"] = InNumberedRun(lines, index) ? 1 : 0,
            ["label_title"] = _labeler.Label(line with { Text = title }) is not null ? 1 : 0,
            ["followed_by_label"] = FollowedByLabel(lines, index) ? 1 : 0,
            // Minutes systems print the case's field line right under an item's heading ("Sagsnr.: 15/34881", "Sag 306-2009-600",
            // PolWeb's "Sag: … Dok: … Initialer: … Åbent"); a heading that ends in a full stop still gets it.
            ["case_line_below"] = index + 1 < lines.Count && CaseLinePattern().IsMatch(lines[index + 1].Text) ? 1 : 0,
        };
        return features;
    }

    /// <summary>True when the line belongs to a list that a section label ("Indstilling:", "Bilag:") opened.</summary>
    private bool InList(IReadOnlyList<SourceLine> lines, int index)
    {
        // A numbered list counts up from 1: walking back, each numbered sibling is one less than the point after it.
        var expected = NumberedPattern().Match(lines[index].Text) is { Success: true } own ? Parse(own.Groups["n"].Value) : (int?)null;
        for (var j = index - 1; j >= 0 && j >= index - 12; j--)
        {
            var text = lines[j].Text;
            // A label opens a list only when nothing follows it on its line and the list's first point comes right after it.
            if ((_labeler.Label(lines[j]) is { InlineText.Length: 0 } || (text.EndsWith(':') && text.Length < 80))
                && (j + 1 == index || NumberedPattern().IsMatch(lines[j + 1].Text) || lines[j + 1].Bullet))
            {
                return expected is null or <= 1;
            }
            // Sibling list items and wrapped continuation lines lead back to the label; anything else ends the list.
            var sibling = NumberedPattern().Match(text);
            if (!(sibling.Success || !lines[j + 1].BlankBefore))
            {
                return false;
            }
            if (sibling.Success && expected is not null)
            {
                if (Parse(sibling.Groups["n"].Value) != expected - 1)
                {
                    return false;
                }
                expected--;
            }
        }
        return false;
    }

    /// <summary>True when the line follows another numbered line with no paragraph gap (wrapped lines between allowed): a list.</summary>
    private static bool InNumberedRun(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var j = index; j > 0 && !lines[j].BlankBefore; j--)
        {
            if (NumberedPattern().IsMatch(lines[j - 1].Text))
            {
                return true;
            }
        }
        return false;
    }

    private bool FollowedByLabel(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var j = index + 1; j < lines.Count && j <= index + 40; j++)
        {
            if (NumberedPattern().IsMatch(lines[j].Text) && lines[j].BlankBefore && (lines[j].Bold || lines[j].HeadingLevel > 0))
            {
                return false;
            }
            if (_labeler.Label(lines[j]) is { } label && label.Kind is SectionKind.Decision or SectionKind.Recommendation)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A line that opens with an item number, bare or after a prefix or a status: "5. Title", "Pkt. 5 Title", "Sag nr. 130: Title",
    /// "Nr.60 - Title", "åbent 5 Title", "5 (Åben) Title", "5 : Title", "5.  5. Title" (an ordered list printed with its number),
    /// and after a prefix any title: "Punkt 3 1. og 2. viceborgmester".
    /// </summary>
    [GeneratedRegex(@"^(?:(?<status>åbent|åben|lukket)\s+(?=(?:Punkt|Pkt|Sag|Nr|Dagsordenspunkt|\d)))?(?:(?<punkt>Punkt|Pkt\.?|Sag(?:\s+nr\.?)?|Nr\.?|Dagsordenspunkt)\s*)?(?<n>\d{1,3})(?:\s?(?<d>[.):])(?=\s|$)|(?<d>\.)(?=(?-i:\p{Lu}\p{Ll}))|\s+(?<d>[–-])(?=\s)|(?<=\d)(?=\s+\p{Lu})|(?<=\d)(?=\s+\((?:åben|åbent|lukket)\))|(?<=\d)(?=(?-i:\p{Lu}\p{Ll}))|(?(punkt)(?<=\d)(?=\s+\S)|(?!)))\s*(?<again>\k<n>\.\s+(?=(?-i:\p{Lu})))?(?<t>.*)$", RegexOptions.IgnoreCase | RegexOptions.Compiled)]
    // Compiled: the source generator does not take a case-insensitive back-reference (\k<n>) and falls back to
    // constructing this pattern at run time, where without this option it ran in the interpreter.
    private static partial Regex NumberedPattern();

    /// <summary>
    /// Whether <see cref="GluedPattern"/> can match: its number is the line's first digit (\d, any Unicode decimal digit),
    /// within its first 81 characters and after a letter. Most lines fail this at once, without the pattern's lazy scan.
    /// </summary>
    private static bool MayBeGlued(string text)
    {
        for (var i = 0; i < text.Length && i <= 81; i++)
        {
            if (char.IsDigit(text[i]))
            {
                return i > 0 && char.IsLetter(text[i - 1]);
            }
        }
        return false;
    }

    /// <summary>A heading glued by the conversion to the word before it: "Indholdsfortegnelse1. Godkendelse af dagsorden".</summary>
    [GeneratedRegex(@"^[^\d\t]{0,80}?\p{L}(?<n>\d{1,3})(?<d>\.)\s+(?<t>(?-i:\p{Lu}).*)$", RegexOptions.IgnoreCase)]
    private static partial Regex GluedPattern();

    /// <summary>A number alone on its line after a prefix, under the title it belongs to: "Sag nr. 130".</summary>
    [GeneratedRegex(@"^(?:Sag\s+nr\.?|Punkt|Pkt\.?|Nr\.?|Dagsordenspunkt)\s*(?<n>\d{1,3})\s*[.:]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberAfterTitlePattern();

    /// <summary>
    /// The open status some systems print before every open item's title: "Åbent Meddelelser fra formanden", "(Åben) Mødeplan".
    /// "Lukket: …" stays in the title: it tells the reader the item was closed, and the hand-written gold keeps it.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:Åbent(?:\s+punkt)?\s*[:-]?\s+(?=\p{Lu})|\((?:Åben|Åbent)\)\s*)")]
    private static partial Regex StatusPattern();

    /// <summary>
    /// Whether a trimmed heading ends in one of <see cref="TrailingLabelPattern"/>'s labels (case-sensitive, at the very end):
    /// the pattern's greedy scan is then worth running.
    /// </summary>
    private static bool EndsWithLabel(string heading) =>
        heading.EndsWith("Referat", StringComparison.Ordinal) || heading.EndsWith("Beslutning", StringComparison.Ordinal)
        || heading.EndsWith("Sagsfremstilling", StringComparison.Ordinal) || heading.EndsWith("Indstilling", StringComparison.Ordinal)
        || heading.EndsWith("Resumé", StringComparison.Ordinal);

    /// <summary>A section label glued by conversion to the end of the heading: "Meddelelse fra formandenReferat".</summary>
    [GeneratedRegex(@"^(?<t>.*\p{Ll})(?<label>Referat|Beslutning|Sagsfremstilling|Indstilling|Resumé)$")]
    private static partial Regex TrailingLabelPattern();

    /// <summary>
    /// An item identified by a case code of committee initials, running number and year, with an optional type letter:
    /// "ØU-55/07-O Økonomisk orientering", "KB-12/08 Title".
    /// </summary>
    [GeneratedRegex(@"^(?<code>\p{Lu}{1,4}-(?<n>\d{1,3})/\d{2}(?:-\p{Lu}{1,2})?)\s+(?<t>\p{Lu}.*)$")]
    private static partial Regex CaseCodePattern();

    [GeneratedRegex(@"^\s*(?<n>\d{1,3})\.?\s*$")]
    private static partial Regex BareNumberPattern();

    [GeneratedRegex(@"^(?:og\s+)?at\s", RegexOptions.IgnoreCase)]
    private static partial Regex RecommendationPointPattern();

    [GeneratedRegex(@"[.!?]\s*$")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex(@"^\s*(?:(?:sags?\s?-?\s?(?:nr|nummer|id)|j\.\s?nr|journal\s?-?(?:nr|nummer))\b\.?\s*[:.]?\s*\S|sag\s*:?\s*\d|" + CaseNumberReader.PolWebCaseLine + ")", RegexOptions.IgnoreCase)]
    private static partial Regex CaseLinePattern();

    /// <summary>An item number at the line start with an OCR confusion in it: l or I for 1, O for 0, beside real digits or alone before a stop.</summary>
    [GeneratedRegex(@"^(?=[\dlIO]{1,3}[.)])(?=[\dlIO]*[lIO])[\dlIO]{1,3}(?=[.)]\s)")]
    private static partial Regex OcrNumberPattern();

    [GeneratedRegex(@"(\.{4,}|…{2,}|\.\s\.\s\.)\s*\d*\s*$")]
    private static partial Regex DotLeaderPattern();

    /// <summary>
    /// A contents entry's page reference that <see cref="DotLeaderPattern"/> leaves: a short leader of three dots before an arabic
    /// or roman page number ("Sydfyns Elforsyning...vii", "…affaldsbeholdere...42"), or a roman page number with no leader at all
    /// ("Budget xiii"; lower-case, two letters or more, never the word "vi").
    /// </summary>
    [GeneratedRegex(@"(?:\.{3}\s*(?:\d{1,3}|[ivxlc]{1,6})|\s(?!vi\s*$)[ivxlc]{2,6})\s*$")]
    private static partial Regex PageReferencePattern();
}
