using System.Text.RegularExpressions;

namespace Archive.Segmentation;

/// <summary>
/// Settles which decision of an item is the meeting's own when the item also prints earlier
/// treatments ("Beslutning i Økonomiudvalget den 23-03-2015: Anbefales.", then "Beslutning i
/// Byrådet ..."). The own decision is, in order of preference: the last one labelled with the
/// meeting's forum (and date, where it is printed), the decisions whose label names no forum, or the last forum-labelled one.
/// Every other forum-labelled decision becomes a <see cref="Treatment"/> in the item's history.
/// </summary>
public static partial class DecisionResolver
{
    public static (IReadOnlyList<Section> Sections, IReadOnlyList<Treatment> History) Resolve(IReadOnlyList<Section> sections, string? meetingForum, DateOnly? meetingDate)
    {
        if (!sections.Any(s => s.Source is not null))
        {
            return (sections, []);
        }
        var decisions = Enumerable.Range(0, sections.Count).Where(i => sections[i].Kind == SectionKind.Decision).ToList();
        var ownForum = decisions.Where(i => sections[i].Source is { } source && meetingForum is not null && SameForum(source.Forum, meetingForum)).ToList();
        // The same forum may have treated the case before (postponed): the meeting's date settles it, else the last.
        var own = ownForum.Where(i => sections[i].Source!.Date == meetingDate).Concat(ownForum.TakeLast(1)).Take(1).ToList();
        if (own.Count == 0)
        {
            own = decisions.Where(i => sections[i].Source is null).ToList();
        }
        if (own.Count == 0)
        {
            own = decisions.TakeLast(1).ToList();
        }
        var kept = new List<Section>();
        var history = new List<Treatment>();
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            if (section.Source is null || own.Contains(i))
            {
                kept.Add(section);
            }
            else
            {
                history.Add(section.Source with { Text = section.Text });
            }
        }
        return (kept, history);
    }

    /// <summary>The two names denote one body: the same words up to Danish definite endings ("Byrådet" and "Byråd").</summary>
    public static bool SameForum(string a, string b) => Canonical(a) == Canonical(b);

    private static string Canonical(string name) =>
        string.Join(' ', name.ToLowerInvariant().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => DefiniteEnding().Replace(w, string.Empty)));

    [GeneratedRegex(@"(?<=\p{L}{3})(?:et|en|e)$")]
    private static partial Regex DefiniteEnding();
}
