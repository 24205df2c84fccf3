using System.Text.RegularExpressions;
using Archive.Extraction;
using Archive.Text;

namespace Archive.Segmentation;

/// <summary>Recognises section labels ("Indstilling:", "Det indstilles, at …", "Referat", "Beslutning:", "Bilag:") from the patterns in section-labels.txt.</summary>
public sealed class SectionLabeler
{
    // One set of patterns for every labeler (compiled once), which is what lets the labels below be remembered across labelers.
    private static readonly IReadOnlyList<(string Kind, Regex Pattern)> Patterns = EmbeddedText.Lines("Segmentation/section-labels.txt")
        .Select(line => line.Split('\t', 2))
        .Select(parts => (parts[0], new Regex(parts[1], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Text.PatternLimits.MatchTimeout)))
        .ToList();

    // The segmenter asks about the same line many times (list context, the label after a heading), and minutes repeat
    // their lines: labels, boilerplate, the same sentence in meeting after meeting. A label depends on the line's text
    // alone, so each worker thread remembers the labels of the texts it has read, by value (no lock), and starts again
    // past MaxRemembered texts so that memory stays bounded. Every labeler reads the same patterns (Patterns), so the
    // memory is shared by them.
    [ThreadStatic]
    private static Dictionary<string, SectionLabel?>? s_labels;

    private const int MaxRemembered = 5_000;

    public SectionLabel? Label(SourceLine line)
    {
        var labels = s_labels ??= new(StringComparer.Ordinal);
        if (!labels.TryGetValue(line.Text, out var label))
        {
            if (labels.Count >= MaxRemembered)
            {
                labels.Clear();
            }
            labels[line.Text] = label = Read(line);
        }
        return label;
    }

    private SectionLabel? Read(SourceLine line)
    {
        var text = line.Text.Trim();
        if (text.Length == 0 || text.Length > MaxLabelLength + MaxInlineTreatment)
        {
            return null;
        }
        // A label is short; only a forum's verdict ("Økonomiudvalget, 23-03-2015, pkt. 5: Anbefales ...") or a label glued to
        // its text may run on after it. A long line is matched on its head only, so a paragraph costs what a label costs.
        var longLine = text.Length > MaxLabelLength;
        var head = longLine ? text[..MaxLabelLength] : text;
        foreach (var (kind, pattern) in Patterns)
        {
            var runsOn = kind == "treatment" || kind.StartsWith(GluedPrefix, StringComparison.Ordinal) || kind.StartsWith(RunOnPrefix, StringComparison.Ordinal);
            if (longLine && !runsOn)
            {
                continue;
            }
            var match = pattern.Match(head);
            if (!match.Success || (longLine && !match.Groups["rest"].Success))
            {
                continue;
            }
            var rest = match.Groups["rest"].Success ? (match.Groups["rest"].Value + (longLine ? text[MaxLabelLength..] : string.Empty)).Trim() : string.Empty;
            return (kind.StartsWith(GluedPrefix, StringComparison.Ordinal) ? kind[GluedPrefix.Length..]
                : kind.StartsWith(RunOnPrefix, StringComparison.Ordinal) ? kind[RunOnPrefix.Length..] : kind) switch
            {
                "treatment" => new SectionLabel(SectionKind.Decision, rest, Source: TreatmentOf(match)),
                "recommendation" when !match.Groups["rest"].Success && text.Contains(',', StringComparison.Ordinal) =>
                    new SectionLabel(SectionKind.Recommendation, text),
                "recommendation" => new SectionLabel(SectionKind.Recommendation, rest),
                "decision" => new SectionLabel(SectionKind.Decision, rest),
                "attachments" => new SectionLabel(SectionKind.Attachments, rest),
                "background" => new SectionLabel(SectionKind.Background, rest),
                "closing" => new SectionLabel(SectionKind.Other, text, Closing: true),
                "absence" => new SectionLabel(SectionKind.Other, rest, Absence: true),
                _ => new SectionLabel(SectionKind.Other, rest),
            };
        }
        return null;
    }

    private const int MaxLabelLength = 120;

    private const string GluedPrefix = "glued-";

    private const string RunOnPrefix = "runon-";

    private const int MaxInlineTreatment = 2000;

    private static Treatment TreatmentOf(Match match)
    {
        var forum = string.Join(' ', match.Groups["forum"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var date = match.Groups["date"].Success ? DanishDateParser.ParseDate(match.Groups["date"].Value) : null;
        var number = match.Groups["number"].Success ? match.Groups["number"].Value : null;
        return new Treatment(forum, date, number, string.Empty);
    }
}
