using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Extraction;
using Archive.Text;

namespace Archive.Segmentation;

/// <summary>Reads the meeting's kind, forum, cluster, case number, date and absentees from its header and text.</summary>
public sealed partial class MetadataReader
{
    public MeetingMetadata Read(IReadOnlyList<SourceLine> lines, int headerEnd, bool hasMinutes)
    {
        var header = lines.Take(headerEnd).Select(l => l.Text).ToList();
        // Where the first item starts at once, a run-on header line may have been taken for it: its first lines may name forum and date.
        var lead = lines.Take(Math.Max(headerEnd + 1, 3)).Select(l => l.Text).Where(l => !ParticipantFieldPattern().IsMatch(l)).ToList();
        var described = header.Where(l => !ParticipantFieldPattern().IsMatch(l)).ToList();
        var body = lines.Skip(headerEnd).Select(l => l.Text).ToList();

        var kind = hasMinutes || header.Any(l => MinutesTitlePattern().IsMatch(l)) ? "referat" : "dagsorden";
        var forum = ForumReader.Read(described, []) ?? ForumReader.Read(lead, body);
        var cluster = described.Select(l => ClusterPattern().Match(l)).FirstOrDefault(m => m.Success) is { } c
            ? DanishCulture.Instance.TextInfo.ToTitleCase(c.Groups[1].Value.ToLowerInvariant())
            : null;
        var caseNumber = header.Select(l => CaseNumberPattern().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        // A decision label of another body in the header ("Beslutning i Økonomiudvalget den 23-03-2015") dates its verdict, not this meeting.
        var (date, inferred, earliest, latest) = MeetingDateEstimator.Estimate(Dated(header, forum), body);
        if (inferred && (OwnDecisionDate(body, forum) ?? StatedDate(Dated(lead, forum))) is { } own)
        {
            (date, inferred, earliest, latest) = (own, false, own, own);
        }
        var absent = ParticipantReader.Absent(header, body);
        var participants = ParticipantReader.Participants(header);
        // A health cluster's forum is a joint body of several municipalities and the region: no one organisation's.
        var organisation = cluster is null ? OrganisationReader.Read(described, body) : null;
        return new MeetingMetadata(kind, forum, cluster, caseNumber, date, inferred, earliest, latest, participants, absent, organisation);
    }

    /// <summary>Lines that may state the meeting's date: not another body's decision label, not the date a page was published.</summary>
    private static List<string> Dated(IEnumerable<string> lines, string? forum) =>
        lines.Where(l => ForumReader.LabelledForum(l) is not { } other || other == forum).Where(l => !PublishedPattern().IsMatch(l)).ToList();

    private static DateOnly? StatedDate(IEnumerable<string> lines) => lines.Select(DanishDateParser.ParseDate).FirstOrDefault(d => d is not null);

    /// <summary>The date of the meeting's own decision labels ("Beslutning i Kommunalbestyrelsen den 17-01-2018"), where the header states none.</summary>
    private static DateOnly? OwnDecisionDate(IReadOnlyList<string> body, string? forum) =>
        forum is null ? null : body.Where(l => ForumReader.LabelledForum(l) == forum)
            .Select(DanishDateParser.ParseDate).Where(d => d is not null)
            .GroupBy(d => d).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    [GeneratedRegex(@"^\s*(deltagere|afbud|fraværende|gæster|mødeleder|referent|sekretariat|fra kommunerne|fra region)", RegexOptions.IgnoreCase)]
    private static partial Regex ParticipantFieldPattern();

    /// <summary>
    /// A header that names the minutes: "Referat", "Godkendt referat", "Protokol", "Beslutningsprotokol"; also after a transcript's
    /// first page counter ("1 REFERAT Byråd …", "1 Beslutningsprotokol 24. september …"), which a one-page excerpt leaves in place.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:1\s+)?(?:godkendt\s+)?(?:referat|(?:beslutnings)?protokol)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesTitlePattern();

    [GeneratedRegex(@"\b(?:klynge|klyngestyregruppe[n]?|sundhedsklynge[n]?|styregruppe[n]? klynge|driftsforum(?:\s+[\p{L}-]+){0,2})\s+(nord|midt|syd|vest)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClusterPattern();

    [GeneratedRegex(@"\bsags?nr\.?(?:\s*/\s*dok\.?\s*nr\.?)?\s*[:.]?\s*([A-ZÆØÅ]{0,6}-?\d{2,4}-\d{3,8})", RegexOptions.IgnoreCase)]
    private static partial Regex CaseNumberPattern();

    [GeneratedRegex(@"^\s*(publiceringsdato|publiceret|offentliggjort|udskrevet|printet|senest opdateret|opdateret)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedPattern();
}
