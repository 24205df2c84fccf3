using System.Text.RegularExpressions;
using Archive.Text;

namespace Archive.Segmentation;

/// <summary>
/// The body that met, whole: a name from forums.txt, or a council or committee as printed
/// ("Klima-, Teknik- og Miljøudvalget", "Kommunalbestyrelsen", "Odense Byråd"). The header
/// names it; where it does not, the body that the items' decision labels name most often
/// ("Beslutning i Kommunalbestyrelsen den 17-01-2018"), not a body whose earlier verdict is quoted.
/// </summary>
public static partial class ForumReader
{
    private static readonly Lazy<IReadOnlyList<(string? Name, Regex Pattern)>> Forums = new(() => EmbeddedText.Lines("Segmentation/forums.txt")
        .Select(l => l.Split('\t', 2))
        .Select(p => (p[0] == "=" ? null : p[0], new Regex(p[1], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Text.PatternLimits.MatchTimeout)))
        .ToList());

    /// <summary>Indefinite council names standing alone take the definite form minutes use for the body (committees likewise).</summary>
    private static readonly Dictionary<string, string> Definite = new(StringComparer.OrdinalIgnoreCase)
    {
        ["byråd"] = "Byrådet", ["kommunalbestyrelse"] = "Kommunalbestyrelsen", ["regionsråd"] = "Regionsrådet",
        ["borgerrepræsentation"] = "Borgerrepræsentationen",
    };

    /// <param name="header">The lines before the first item.</param>
    /// <param name="body">The rest, whose decision labels name the body where the header does not.</param>
    public static string? Read(IReadOnlyList<string> header, IReadOnlyList<string> body)
    {
        foreach (var line in header)
        {
            if (Find(line) is { } forum)
            {
                return forum;
            }
        }
        return body.Select(LabelledForum).Where(f => f is not null)
            .Select((f, i) => (Forum: f, Order: i))
            .GroupBy(f => f.Forum!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(f => f.Order))
            .Select(g => g.Key).FirstOrDefault();
    }

    /// <summary>
    /// The body a decision label or a meeting stamp names: "Beslutning i Økonomiudvalget den 23-03-2015:",
    /// "Forretningsudvalgets beslutning den 8. november 2022:", "Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42",
    /// "Erhverv-, Klima-, Miljø- og Teknikudvalget den 6. februar 2023", "… til dagens møde i Kommunalbestyrelsen".
    /// Null for other lines.
    /// </summary>
    public static string? LabelledForum(string line)
    {
        if (DecisionLabelPattern().Match(line) is { Success: true } label)
        {
            return Find(label.Groups["forum"].Value);
        }
        foreach (var (pattern, whole) in ((Regex, bool)[])[(GenitiveDecisionPattern(), true), (StampPattern(), true), (ForumDatePattern(), true), (MeetingOfPattern(), false)])
        {
            // A stamp's text before the date must be the body's name and nothing more.
            if (pattern.Match(line) is { Success: true } stamp && FindMatch(stamp.Groups["forum"].Value) is { } found
                && found.Index == 0 && (!whole || found.Length == stamp.Groups["forum"].Value.TrimEnd().Length))
            {
                return found.Name;
            }
        }
        return null;
    }

    /// <summary>The body named earliest in the text (the longest name where two start together); null when none is.</summary>
    public static string? Find(string text) => FindMatch(text)?.Name;

    private static (string Name, int Index, int Length)? FindMatch(string text)
    {
        var best = Forums.Value
            .Select((f, order) => (f.Name, Match: f.Pattern.Match(text), Order: order))
            .Where(f => f.Match.Success)
            .OrderBy(f => f.Match.Index).ThenByDescending(f => f.Match.Length).ThenBy(f => f.Order)
            .FirstOrDefault();
        return best.Match is null ? null : (best.Name ?? AsPrinted(best.Match.Value), best.Match.Index, best.Match.Length);
    }

    private static string AsPrinted(string name)
    {
        name = SpacesPattern().Replace(name.Trim(), " ");
        if (Definite.TryGetValue(name, out var definite))
        {
            return definite;
        }
        var culture = DanishCulture.Instance;
        if (!name.Any(char.IsLower))
        {
            name = name.ToLower(culture);
        }
        // "Økonomiudvalg: Referat af mødet": the committee, named as minutes name a body that met.
        if (name.EndsWith("udvalg", StringComparison.OrdinalIgnoreCase))
        {
            name += "et";
        }
        return char.ToUpper(name[0], culture) + name[1..];
    }

    [GeneratedRegex(@"^\s*(?:beslutning|afgørelse|referat|protokol)\s+(?:(?:i|fra)\s+)?(?<forum>.{3,80}?)(?:\s+(?:den|d\.)\s+\d.*|\s*[:.]?\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionLabelPattern();

    [GeneratedRegex(@"^\s*(?<forum>.{3,60}?)s\s+(?:beslutning|afgørelse)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GenitiveDecisionPattern();

    [GeneratedRegex(@"^\s*(?<forum>[^,]{3,80}),\s*(?:den\s+)?\d{1,2}[-.]\s?\d{1,2}[-.]\d{2,4}\s*,\s*pkt\.?\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex StampPattern();

    [GeneratedRegex(@"^\s*(?<forum>.{3,80}?)\s+(?:den|d\.)\s+\d{1,2}(?:\.\s*\p{L}+\.?\s+|[-.]\d{1,2}[-.])\d{2,4}\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ForumDatePattern();

    [GeneratedRegex(@"\b(?:dagens\s+møde|mødet|møde)\s+i\s+(?<forum>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingOfPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesPattern();
}
