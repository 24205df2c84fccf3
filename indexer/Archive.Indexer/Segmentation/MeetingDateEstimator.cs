using System.Text.RegularExpressions;
using Archive.Text;

namespace Archive.Segmentation;

/// <summary>
/// The meeting date: the date stated in the header, or, where none is stated, an estimate
/// bounded by the dates the text speaks of as past ("blev afholdt", "referatet fra juni") and
/// as ahead ("planlagt til", "senest den 13. februar"). Year-less dates take the year that
/// keeps them consistent with the other bounds.
/// </summary>
public static partial class MeetingDateEstimator
{
    private static readonly Lazy<IReadOnlyList<(bool Past, Regex Pattern)>> Cues = new(() => EmbeddedText.Lines("Segmentation/date-cues.txt")
        .Select(l => l.Split('\t', 2))
        .Select(p => (p[0] == "past", new Regex(p[1], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Text.PatternLimits.MatchTimeout)))
        .ToList());

    public static (DateOnly? Date, bool Inferred, DateOnly? Earliest, DateOnly? Latest) Estimate(IReadOnlyList<string> header, IReadOnlyList<string> body)
    {
        foreach (var line in header)
        {
            if (DanishDateParser.ParseDate(line) is { } stated)
            {
                return (stated, false, stated, stated);
            }
        }

        var hintYear = header.Select(l => YearPattern().Match(l)).Where(m => m.Success).Select(m => int.Parse(m.Value, DanishCulture.Instance)).Cast<int?>().FirstOrDefault();
        var past = new List<DateMention>();
        var future = new List<DateMention>();
        foreach (var sentence in body.SelectMany(SplitSentences))
        {
            var mentions = InheritYears(sentence, DanishDateParser.FindAll(sentence));
            foreach (var mention in mentions)
            {
                switch (TenseOf(sentence, mention))
                {
                    case true:
                        past.Add(mention);
                        break;
                    case false:
                        future.Add(mention);
                        break;
                    default:
                        break;
                }
            }
        }

        var years = past.Concat(future).Where(m => m.Year is not null).Select(m => m.Year!.Value).ToList();
        if (hintYear is { } hy)
        {
            years.Add(hy);
        }
        if (years.Count == 0)
        {
            return (null, true, null, null);
        }
        var candidateYears = Enumerable.Range(years.Min() - 1, years.Max() - years.Min() + 3).ToList();

        DateOnly? earliest = MaxOrNull(past.Where(m => m.Year is not null).Select(m => m.Resolve(m.Year!.Value)));
        DateOnly? latest = MinOrNull(future.Where(m => m.Year is not null).Select(m => m.Resolve(m.Year!.Value, last: true)));
        for (var round = 0; round < 2; round++)
        {
            var defaultYear = hintYear ?? years.GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
            var pastDates = past.Select(m => m.Year is { } y ? m.Resolve(y)
                : latest is { } l ? candidateYears.Select(y => m.Resolve(y)).Where(d => d <= l).DefaultIfEmpty(m.Resolve(defaultYear)).Max()
                : m.Resolve(defaultYear));
            earliest = MaxOrNull(pastDates);
            var futureDates = future.Select(m => m.Year is { } y ? m.Resolve(y, last: true)
                : earliest is { } e ? candidateYears.Select(y => m.Resolve(y, last: true)).Where(d => d >= e).DefaultIfEmpty(m.Resolve(defaultYear, last: true)).Min()
                : m.Resolve(defaultYear, last: true));
            latest = MinOrNull(futureDates);
        }

        if (earliest is { } lo && latest is { } hi && lo > hi)
        {
            (earliest, latest) = (hi, lo);
        }
        if (earliest is null && latest is null && hintYear is { } year)
        {
            earliest = new DateOnly(year, 1, 1);
            latest = new DateOnly(year, 12, 31);
        }
        DateOnly? estimate = (earliest, latest) switch
        {
            ({ } a, { } b) => a.AddDays((b.DayNumber - a.DayNumber) / 2),
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => null,
        };
        return (estimate, true, earliest ?? estimate, latest ?? estimate);
    }

    /// <summary>"16. november og 9. december 2022": a year-less date followed closely by a dated one takes its year.</summary>
    private static List<DateMention> InheritYears(string sentence, IReadOnlyList<DateMention> mentions)
    {
        var result = mentions.ToList();
        for (var i = 0; i < result.Count - 1; i++)
        {
            var next = result[i + 1];
            if (result[i].Year is null && next.Year is not null && next.Index - (result[i].Index + result[i].Length) <= 12
                && next.Month >= result[i].Month)
            {
                result[i] = result[i] with { Year = next.Year };
            }
        }
        return result;
    }

    /// <summary>True for past, false for future, null when no cue speaks of the date.</summary>
    private static bool? TenseOf(string sentence, DateMention mention)
    {
        var nearest = int.MaxValue;
        bool? tense = null;
        foreach (var (past, pattern) in Cues.Value)
        {
            foreach (Match match in pattern.Matches(sentence))
            {
                var distance = match.Index >= mention.Index ? match.Index - (mention.Index + mention.Length) : mention.Index - (match.Index + match.Length);
                distance = Math.Max(0, distance);
                if (distance < nearest)
                {
                    nearest = distance;
                    tense = past;
                }
            }
        }
        return nearest <= 80 ? tense : null;
    }

    private static IEnumerable<string> SplitSentences(string text) => SentencePattern().Split(text);

    private static DateOnly? MaxOrNull(IEnumerable<DateOnly> dates) => dates.Any() ? dates.Max() : null;

    private static DateOnly? MinOrNull(IEnumerable<DateOnly> dates) => dates.Any() ? dates.Min() : null;

    [GeneratedRegex(@"(?<=[a-zæøå)][.!?])\s+(?=[A-ZÆØÅ])")]
    private static partial Regex SentencePattern();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex YearPattern();
}
