using System.Text.RegularExpressions;
using Archive.Segmentation;

namespace Archive.Cases;

/// <summary>
/// When an item without the case's number is plainly the same matter as an item of the case. Two grounds:
/// one item's printed history names the other's treatment (forum and date, and item number where printed),
/// or the titles are nearly the same words and the recommendations agree, in another forum of the same municipality
/// (or health cluster) within about a year.
/// Never across municipalities or clusters, within one meeting, or between titles with different numbers
/// ("Lokalplan nr. 15.24" and "Lokalplan nr. 15.25", "Budget 2025" and "Budget 2026" are different cases).
/// </summary>
public static partial class CaseLinker
{
    /// <summary>Titles this alike (Dice over their words) are the same matter, when the rest agrees.</summary>
    public const double SameTitle = 0.8;

    /// <summary>A history link with no item number must still have titles this alike: a meeting treats many matters.</summary>
    public const double HistoryTitle = 0.5;

    /// <summary>With the item number printed, the titles need only share some words (a misread number links nothing).</summary>
    public const double NumberedHistoryTitle = 0.3;

    /// <summary>Recommendations, where both items print one, must share this much.</summary>
    public const double SameRecommendation = 0.5;

    /// <summary>Treatments of one matter by several forums follow within about a year.</summary>
    public const int MaxDaysApart = 400;

    /// <summary>An item as the linker sees it.</summary>
    public sealed record Treated(string DocumentId, AgendaItem Item, string? Forum, DateOnly? Date, string? Organisation, string? Cluster)
    {
        public string Recommendation => string.Join("\n", Item.Sections.Where(s => s.Kind == SectionKind.Recommendation).Select(s => s.Text));
    }

    /// <summary>The confidence (0–1) that <paramref name="other"/> is a treatment of <paramref name="member"/>'s case, and why; null when it is not.</summary>
    public static (double Confidence, CaseBasis Basis, string Why)? Link(Treated member, Treated other)
    {
        if (member.DocumentId == other.DocumentId
            || Differ(member.Organisation, other.Organisation) || Differ(member.Cluster, other.Cluster)
            || !TitleNumbers(member.Item.Title).SetEquals(TitleNumbers(other.Item.Title))
            || (member.Item.CaseNumbers.Count > 0 && other.Item.CaseNumbers.Count > 0))
        {
            return null;
        }
        var title = Similarity(member.Item.Title, other.Item.Title);
        foreach (var (holder, named) in new[] { (member, other), (other, member) })
        {
            if (holder.Item.History.FirstOrDefault(t => Names(t, named)) is { } treatment
                && title >= (treatment.ItemNumber is null ? HistoryTitle : NumberedHistoryTitle))
            {
                var place = $"{treatment.Forum} {treatment.Date:yyyy-MM-dd}" + (treatment.ItemNumber is null ? string.Empty : $" pkt. {treatment.ItemNumber}");
                return (treatment.ItemNumber is null ? 0.85 : 0.95, CaseBasis.History, $"{holder.DocumentId} punkt {holder.Item.Number} names the treatment in {place}");
            }
        }
        // The history names that meeting's treatment under another item number: the case was that item, not this one.
        if (member.Item.History.Any(t => NamesMeetingNotItem(t, other)) || other.Item.History.Any(t => NamesMeetingNotItem(t, member)))
        {
            return null;
        }
        var recommendation = member.Recommendation.Length > 0 && other.Recommendation.Length > 0 ? Similarity(member.Recommendation, other.Recommendation) : (double?)null;
        if (title >= SameTitle && recommendation is null or >= SameRecommendation && Substantive(member.Item.Title) && Substantive(other.Item.Title)
            && (Same(member.Organisation, other.Organisation) || Same(member.Cluster, other.Cluster))
            && member.Forum is not null && other.Forum is not null && !DecisionResolver.SameForum(member.Forum, other.Forum)
            && member.Date is { } a && other.Date is { } b && Math.Abs(a.DayNumber - b.DayNumber) <= MaxDaysApart)
        {
            var confidence = Math.Round(0.6 + (0.3 * (title - SameTitle) / (1 - SameTitle)), 2);
            return (confidence, CaseBasis.Similar, $"the same title ({title:0.00} alike){(recommendation is { } r ? $" and recommendation ({r:0.00} alike)" : string.Empty)} in {other.Forum}, {Math.Abs(a.DayNumber - b.DayNumber)} days apart");
        }
        return null;
    }

    /// <summary>The treatment is the one the item had: its forum and date (and its number, where the history prints one).</summary>
    public static bool Names(Treatment treatment, Treated item) =>
        treatment.Date is not null && treatment.Date == item.Date && item.Forum is not null && DecisionResolver.SameForum(treatment.Forum, item.Forum)
        && (treatment.ItemNumber is null || treatment.ItemNumber == item.Item.Number);

    private static bool NamesMeetingNotItem(Treatment treatment, Treated item) =>
        treatment.ItemNumber is not null && !Names(treatment, item) && Names(treatment with { ItemNumber = null }, item);

    /// <summary>The numbers a title prints, as printed ("15.24", "2026-2029", "1154"): different numbers, different matters.</summary>
    public static HashSet<string> TitleNumbers(string title) =>
        NumberPattern().Matches(title).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Dice's coefficient over the distinct lower-cased words (æøå kept) of two texts.</summary>
    public static double Similarity(string a, string b)
    {
        var (x, y) = (Words(a), Words(b));
        return x.Count + y.Count == 0 ? 0 : 2.0 * x.Count(y.Contains) / (x.Count + y.Count);
    }

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A title that can name one matter: not a standing item, and at least three words of four letters or more
    /// ("Underskriftsark" and "Godkendelse af dagsorden" recur in every meeting).
    /// </summary>
    public static bool Substantive(string title) =>
        !RoutineItemClassifier.IsRoutine(title) && Words(title).Count(w => w.Length >= 4) >= 3;

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool Differ(string? a, string? b) => a is not null && b is not null && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\d+(?:[./-]\d+)*")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex WordPattern();
}
