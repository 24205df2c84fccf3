using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Extraction;
using Archive.Text;

namespace Archive.Segmentation;

/// <summary>Reads the meeting's kind, forum, cluster, case number, date and absentees from its header and text.</summary>
public sealed partial class MetadataReader
{
    private static readonly Lazy<IReadOnlyList<(string Name, Regex Pattern)>> Forums = new(() => EmbeddedText.Lines("Segmentation/forums.txt")
        .Select(l => l.Split('\t', 2))
        .Select(p => (p[0], new Regex(p[1], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1))))
        .ToList());

    public MeetingMetadata Read(IReadOnlyList<SourceLine> lines, int headerEnd, bool hasMinutes)
    {
        var header = lines.Take(headerEnd).Select(l => l.Text).ToList();
        var described = header.Where(l => !ParticipantFieldPattern().IsMatch(l)).ToList();
        var body = lines.Skip(headerEnd).Select(l => l.Text).ToList();

        var kind = hasMinutes || header.Any(l => MinutesTitlePattern().IsMatch(l)) ? "referat" : "dagsorden";
        var forum = FindForum(described);
        var cluster = described.Select(l => ClusterPattern().Match(l)).FirstOrDefault(m => m.Success) is { } c
            ? DanishCulture.Instance.TextInfo.ToTitleCase(c.Groups[1].Value.ToLowerInvariant())
            : null;
        var caseNumber = header.Select(l => CaseNumberPattern().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        var (date, inferred, earliest, latest) = MeetingDateEstimator.Estimate(header, body);
        var absent = ParticipantReader.Absent(header);
        var participants = ParticipantReader.Participants(header);
        return new MeetingMetadata(kind, forum, cluster, caseNumber, date, inferred, earliest, latest, participants, absent);
    }

    private static string? FindForum(IReadOnlyList<string> header)
    {
        foreach (var line in header)
        {
            var best = Forums.Value
                .Select(f => (f.Name, Match: f.Pattern.Match(line)))
                .Where(f => f.Match.Success)
                .OrderBy(f => f.Match.Index)
                .FirstOrDefault();
            if (best.Name is not null)
            {
                return best.Name;
            }
            var committee = CommitteePattern().Match(line);
            if (committee.Success)
            {
                var name = committee.Value;
                return char.ToUpper(name[0], CultureInfo.InvariantCulture) + name[1..].ToLowerInvariant();
            }
        }
        return null;
    }

    [GeneratedRegex(@"^\s*(deltagere|afbud|fraværende|gæster|mødeleder|referent|sekretariat|fra kommunerne|fra region)", RegexOptions.IgnoreCase)]
    private static partial Regex ParticipantFieldPattern();

    [GeneratedRegex(@"^\s*referat\b", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesTitlePattern();

    [GeneratedRegex(@"\b(?:klynge|klyngestyregruppe[n]?|sundhedsklynge[n]?|styregruppe[n]? klynge|driftsforum(?:\s+[\p{L}-]+){0,2})\s+(nord|midt|syd|vest)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClusterPattern();

    [GeneratedRegex(@"\bsags?nr\.?(?:\s*/\s*dok\.?\s*nr\.?)?\s*[:.]?\s*([A-ZÆØÅ]{0,6}-?\d{2,4}-\d{3,8})", RegexOptions.IgnoreCase)]
    private static partial Regex CaseNumberPattern();

    [GeneratedRegex(@"\b\p{L}{3,}udvalg(et)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommitteePattern();
}
