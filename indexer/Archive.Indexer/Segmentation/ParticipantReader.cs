using System.Text.RegularExpressions;

namespace Archive.Segmentation;

/// <summary>
/// Finds who was absent ("Afbud: …", "– afbud", "(afbud)", "deltog ikke") and who took part,
/// from header fields and from participant lists written as one run-on line.
/// </summary>
public static partial class ParticipantReader
{
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "kommune", "kommunes", "region", "nordjylland", "regionshospital", "universitetshospital", "hospital", "psykiatrien",
        "plo", "plo-k", "plo-nordjylland", "fællesadministrationen", "sekretariat", "sekretariatet", "aalborg", "patientinddragelsesudvalget",
    };

    /// <param name="header">The lines before the first item: fields, lists and markers.</param>
    /// <param name="body">The items, where fields and apologies ("Afbud: …", "Der var afbud fra …") count when they
    /// name someone in half the items' notes at least: minutes that note absence under every item also name there
    /// who left early or stepped out for one item.</param>
    public static IReadOnlyList<string> Absent(IReadOnlyList<string> header, IReadOnlyList<string>? body = null)
    {
        var names = Notes(header, markers: true).SelectMany(n => n).ToList();
        var notes = Notes(body ?? [], markers: false);
        names.AddRange(notes.SelectMany(n => n).GroupBy(n => n, StringComparer.Ordinal).Where(g => 2 * g.Count() >= notes.Count).Select(g => g.Key));
        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Whether a line holds a word that every absence pattern needs: a line without one is skipped unread. It must hold
    /// wherever <see cref="NotesAbsence"/> does (tested on every line of the corpus).
    /// </summary>
    public static bool MayNoteAbsence(string line) => AbsenceWordPattern().IsMatch(line);

    /// <summary>Whether any absence pattern matches the line: a field, a field run into a header line, an exception, an apology, a marker.</summary>
    public static bool NotesAbsence(string line) =>
        AbsentFieldPattern().IsMatch(line) || RunOnFieldPattern().IsMatch(line) || ExceptPattern().IsMatch(line)
        || SentApologiesPattern().IsMatch(line) || AbsentMarkerPattern().IsMatch(line);

    /// <summary>Each note of absence in the lines with the names it gives: a field, a label over a list, an apology, a marker.</summary>
    private static List<List<string>> Notes(IReadOnlyList<string> lines, bool markers)
    {
        var notes = new List<List<string>>();
        List<string>? list = null;
        foreach (var line in lines)
        {
            if (list is null && !MayNoteAbsence(line))
            {
                // No pattern below can match a line without one of these words (one scan instead of five); outside a list it notes nothing.
                continue;
            }
            var field = AbsentFieldPattern().Match(line);
            if (field.Success)
            {
                var value = field.Groups["v"].Value;
                notes.Add(FieldNames(value).ToList());
                // "Fraværende med afbud" over a list of names, one a line.
                list = value.Trim().Length == 0 ? notes[^1] : null;
                continue;
            }
            if (list is not null && NameLike(WithoutParty(line)) is { } listed && WithoutParty(line).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == listed.Split(' ').Length)
            {
                list.Add(listed);
                continue;
            }
            list = null;
            var names = RunOnFieldPattern().Matches(line).SelectMany(m => FieldNames(m.Groups["v"].Value)).Concat(Apologies(line)).ToList();
            var segmentStart = 0;
            foreach (Match marker in markers ? AbsentMarkerPattern().Matches(line) : Enumerable.Empty<Match>())
            {
                var segment = line[segmentStart..marker.Index];
                segmentStart = marker.Index + marker.Length;
                if (NameBefore(segment) is { } name)
                {
                    names.Add(name);
                }
            }
            notes.Add(names);
        }
        return notes.Where(n => n.Count > 0).ToList();
    }

    /// <summary>"Der var afbud fra Thomas Hav.", "Medlemmerne var mødt, bortset fra …, der havde meldt afbud".</summary>
    private static IEnumerable<string> Apologies(string line)
    {
        foreach (Match excepted in ExceptPattern().Matches(line))
        {
            foreach (var name in SplitNames(excepted.Groups["v"].Value))
            {
                yield return name;
            }
        }
        foreach (Match sent in SentApologiesPattern().Matches(line))
        {
            if (LeadingName(sent.Groups["v"].Value) is { } name)
            {
                yield return name;
            }
        }
    }

    /// <summary>A field's names up to the end of its first clause: "René Christensen – som stedfortræder deltog Birgit Holse." gives René Christensen.</summary>
    private static IEnumerable<string> FieldNames(string value) => SplitNames(ClauseEndPattern().Split(SentenceEndPattern().Split(value)[0])[0]);

    public static IReadOnlyList<string> Participants(IReadOnlyList<string> header)
    {
        var names = new List<string>();
        var inList = false;
        foreach (var line in header)
        {
            var field = ParticipantsFieldPattern().Match(line);
            if (field.Success)
            {
                inList = true;
                var value = field.Groups["v"].Value;
                names.AddRange(DashSeparatedNames(value));
                continue;
            }
            if (AbsentFieldPattern().IsMatch(line) || line.StartsWith("Gæster", StringComparison.OrdinalIgnoreCase))
            {
                inList = false;
                continue;
            }
            if (inList && line.Contains(',', StringComparison.Ordinal) && NameLike(line.Split(',')[0].Trim()) is { } first)
            {
                names.Add(first);
            }
        }
        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> DashSeparatedNames(string value)
    {
        // "Bente Gravesen – direktør Aalborg Kommune Eva Sejersdal - afdelingsdirektør …": a name precedes each dash.
        var start = 0;
        foreach (Match dash in RoleDashPattern().Matches(value))
        {
            var before = value[start..dash.Index];
            start = dash.Index + dash.Length;
            if (NameBefore(before) is { } name)
            {
                yield return name;
            }
        }
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries))
        {
            if (NameLike(part) is { } name && RoleDashPattern().Count(value) == 0)
            {
                yield return name;
            }
        }
    }

    /// <summary>"Peter E. Nielsen (A)", "Robert Sørensen, Ø", "1. Bo Hansen": the name without party letter or list number.</summary>
    private static string WithoutParty(string text) => PartyPattern().Replace(text.Split('(')[0], string.Empty).Trim();

    /// <summary>The capitalised words a text opens with ("Benthe Viola Holm stedfortræder Anders Liltorp" gives "Benthe Viola Holm").</summary>
    private static string? LeadingName(string text)
    {
        var run = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ';', ':'))
            .TakeWhile(w => w.Length > 0 && char.IsUpper(w[0]) && !IsRoleWord(w) && !OrganisationWords.Contains(w)).Take(5).ToList();
        return run.Count >= 2 ? string.Join(' ', run) : null;
    }

    private static IEnumerable<string> SplitNames(string value)
    {
        var trimmed = value.Trim().Trim('-', '–', '.').Trim();
        if (trimmed.Length == 0 || trimmed.Equals("ingen", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }
        foreach (var part in NameSeparatorPattern().Split(trimmed))
        {
            if (NameLike(part.Split('(')[0].Trim()) is { } name)
            {
                yield return name;
            }
        }
    }

    /// <summary>The person named last before a marker: skips organisations and roles, keeps capitalised name words.</summary>
    private static string? NameBefore(string segment)
    {
        var parts = segment.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (NameLike(parts[i]) is { } name)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>The trailing run of capitalised words that are neither roles nor organisations, if it looks like a name.</summary>
    private static string? NameLike(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var run = new List<string>();
        for (var i = words.Length - 1; i >= 0; i--)
        {
            var word = words[i].Trim('(', ')', ':', ';');
            if (word.Length == 0 || !char.IsUpper(word[0]) || IsRoleWord(word) || OrganisationWords.Contains(word))
            {
                break;
            }
            run.Insert(0, word);
        }
        if (run.Count is < 2 or > 5)
        {
            return null;
        }
        return string.Join(' ', run);
    }

    private static bool IsRoleWord(string word) => RoleWordPattern().IsMatch(word);

    [GeneratedRegex(@"^\s*(afbud(\s+fra)?|fraværende(\s+med\s+afbud)?|deltog ikke|ikke til stede)(?:\s+i\s+[^:]{3,80}:)?\s*(?:(?:[:\t]|(?<=\p{L})-)\s*(?<v>.*)|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AbsentFieldPattern();

    /// <summary>A word that every absence pattern below needs (AbsentField, RunOnField, Except, SentApologies, AbsentMarker), with their case rules.</summary>
    [GeneratedRegex(@"afbud|fraværende|deltog ikke|ikke til stede|bortset", RegexOptions.IgnoreCase)]
    private static partial Regex AbsenceWordPattern();

    /// <summary>"… Kenneth Bergen (A) Afbud: Peter E. Nielsen (A) Stedfortrædere: …": a field inside a header run together on one line.</summary>
    [GeneratedRegex(@"(?<=\s)(?:afbud(?:\s+fra)?|fraværende)\s*:\s*(?<v>[^:]+?)(?=\s+\p{Lu}\p{L}+\s*:|$)", RegexOptions.IgnoreCase)]
    private static partial Regex RunOnFieldPattern();

    /// <summary>"Medlemmerne var mødt, bortset fra Bo Hansen og Per Holm, der havde meldt afbud."</summary>
    [GeneratedRegex(@"\bbortset\s+fra\s+(?<v>.+?)(?:,?\s+der\s+(?:havde\s+)?(?:meldt\s+)?afbud|\.(?=\s|$)|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ExceptPattern();

    /// <summary>"Afbud fra Benthe Viola Holm, stedfortræder …" in running text.</summary>
    [GeneratedRegex(@"\bafbud\s+fra\s+(?<v>\p{Lu}.*?)(?=(?<=\p{Ll}{2})\.|[,;:]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SentApologiesPattern();

    /// <summary>A sentence ends at a full stop after a word of two letters or more, not after an initial ("Peter E. Nielsen").</summary>
    [GeneratedRegex(@"(?<=\p{Ll}{2}|\))\.\s+")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex(@"\s[–-]\s")]
    private static partial Regex ClauseEndPattern();

    [GeneratedRegex(@"^\s*\d{1,2}[.)]\s*|,\s*\p{Lu}{1,2}\s*$")]
    private static partial Regex PartyPattern();

    [GeneratedRegex(@"^\s*(deltagere|til stede|fremmødte)\s*[:\t]\s*(?<v>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ParticipantsFieldPattern();

    /// <summary>
    /// A marker of absence after a name: "– afbud", "(afbud)", "deltog ikke", "(fraværende)". Absence from part of the meeting
    /// only is no absence from the meeting: "deltog ikke i behandlingen af punkt 3", "… under behandlingen af dette punkt",
    /// "… i den lukkede del af mødet".
    /// </summary>
    [GeneratedRegex(@"\s*(?:[–-]\s*afbud\b|\(\s*afbud\s*\)|\bdeltog ikke\b(?!\s+(?:i|under|ved)\s+(?:(?:den|det|dette|denne|sagens|punktets)\s+)?(?:behandling|punkt|pkt|sag|lukkede|åbne|del\b|resten|første|sidste))|\(\s*fraværende\s*\))", RegexOptions.IgnoreCase)]
    private static partial Regex AbsentMarkerPattern();

    [GeneratedRegex(@"\s+[–-]\s+(?=\p{Ll})")]
    private static partial Regex RoleDashPattern();

    [GeneratedRegex(@"\s*(?:,|;|\bog\b)\s*")]
    private static partial Regex NameSeparatorPattern();

    [GeneratedRegex(@"(direktør|chef|konsulent|leder|sekretær|formand|læge|sygeplejerske|ordstyrer|referent|medlem|koordinator|specialist|fuldmægtig)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleWordPattern();
}
