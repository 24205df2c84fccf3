using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Text;

namespace Archive.Segmentation;

/// <summary>
/// Finds dates in Danish text: "19. oktober 2020", "d. 2. sept.", "15-maj-2002", "27-08-2025", "02.09.2021",
/// "i juni måned". Month names come from the da-DK culture, never from the machine's locale.
/// </summary>
public static partial class DanishDateParser
{
    private static readonly string[] MonthNames = DanishCulture.Instance.DateTimeFormat.MonthNames
        .Where(m => m.Length > 0).Select(m => m.ToLower(DanishCulture.Instance)).ToArray();

    private static readonly string NamedDateText =
        $@"\b(?<d>\d{{1,2}})(?:\.?\s*|-)(?<m>{MonthAlternatives()})\.?(?:(?:\s+|-)(?<y>(19|20)\d{{2}}))?(?!\p{{L}})";

    private static readonly Regex NamedDate = new(NamedDateText,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Text.PatternLimits.MatchTimeout);

    /// <summary><see cref="NamedDate"/> tried at the start of the text only (what its leftmost match is when that starts there).</summary>
    private static readonly Regex NamedDateAtStart = new($"^(?:{NamedDateText})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Text.PatternLimits.MatchTimeout);

    private static readonly Regex MonthOnly = new(
        $@"\b(?:i|fra|primo|medio|ultimo|inden|efter|før|til|siden)\s+(?<m>{string.Join('|', MonthNames)})(?:\s+måned)?(?:\s+(?<y>(19|20)\d{{2}}))?(?!\p{{L}})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Text.PatternLimits.MatchTimeout);

    /// <summary>Every date mention in the text, in order.</summary>
    public static IReadOnlyList<DateMention> FindAll(string text)
    {
        var mentions = new List<DateMention>();
        foreach (Match match in NamedDate.Matches(text))
        {
            var month = MonthOf(match.Groups["m"].Value);
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (month > 0 && day is >= 1 and <= 31)
            {
                mentions.Add(new DateMention(match.Index, match.Length, day, month, Year(match)));
            }
        }
        foreach (Match match in NumericDatePattern().Matches(text))
        {
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            year = year < 100 ? 2000 + year : year;
            if (day is >= 1 and <= 31 && month is >= 1 and <= 12 && !Overlaps(mentions, match.Index))
            {
                mentions.Add(new DateMention(match.Index, match.Length, day, month, year));
            }
        }
        foreach (Match match in MonthOnly.Matches(text))
        {
            if (!Overlaps(mentions, match.Groups["m"].Index))
            {
                mentions.Add(new DateMention(match.Groups["m"].Index, match.Length - (match.Groups["m"].Index - match.Index), null, MonthOf(match.Groups["m"].Value), Year(match)));
            }
        }
        return mentions.OrderBy(m => m.Index).ToList();
    }

    /// <summary>
    /// Whether a date with a day starts the text: what <c>FindAll(text).Any(m => m.Index == 0 &amp;&amp; m.Day is not null)</c>
    /// says, without scanning the rest of the text. A mention at 0 is the leftmost match of its pattern; a numeric one there
    /// is kept unless a named one (which would start at 0 too) already was, and month-only mentions have no day.
    /// </summary>
    public static bool StartsWithDay(string text)
    {
        if (NamedDateAtStart.Match(text) is { Success: true } named && MonthOf(named.Groups["m"].Value) > 0
            && int.Parse(named.Groups["d"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 31)
        {
            return true;
        }
        return NumericDateAtStartPattern().Match(text) is { Success: true } numeric
            && int.Parse(numeric.Groups["d"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 31
            && int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12;
    }

    /// <summary>Parses one complete date such as "19. oktober 2020" or "27-08-2025"; null when the text holds none.</summary>
    public static DateOnly? ParseDate(string text) =>
        FindAll(text).FirstOrDefault(m => m.IsComplete) is { } m && IsValid(m) ? m.Resolve(m.Year!.Value) : null;

    public static bool IsValid(DateMention mention) =>
        mention.Year is >= 1900 and <= 2100 && mention.Month is >= 1 and <= 12;

    private static bool Overlaps(List<DateMention> mentions, int index) =>
        mentions.Any(m => index >= m.Index && index < m.Index + m.Length);

    private static int? Year(Match match) =>
        match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;

    private static int MonthOf(string name)
    {
        var lower = name.ToLower(DanishCulture.Instance).TrimEnd('.');
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i] == lower || (lower.Length >= 3 && MonthNames[i].StartsWith(lower, StringComparison.Ordinal)))
            {
                return i + 1;
            }
        }
        return 0;
    }

    private static string MonthAlternatives()
    {
        var abbreviations = MonthNames.Select(m => m[..3]).Append("sept");
        return string.Join('|', MonthNames.Concat(abbreviations).OrderByDescending(m => m.Length));
    }

    private const string NumericDate = @"(?<![\d.\-/])(?<d>\d{1,2})[-./](?<m>\d{1,2})[-./](?<y>(19|20)\d{2}|\d{2})(?![\d\-/]|\.\d)";

    [GeneratedRegex(NumericDate)]
    private static partial Regex NumericDatePattern();

    [GeneratedRegex("^(?:" + NumericDate + ")")]
    private static partial Regex NumericDateAtStartPattern();
}
