using System.Text;
using System.Text.RegularExpressions;
using Archive.Extraction;

namespace Archive.Segmentation;

/// <summary>
/// Splits the lines of one agenda item into background, recommendation, decision, attachments
/// and other sections. Handles minutes whose decisions carry no label (the text after the
/// "Det indstilles: At …" lines is the decision) and quoted minutes of other bodies (a
/// decision label before the item's own recommendation is quotation, not this item's decision).
/// </summary>
public sealed partial class SectionSegmenter
{
    private readonly SectionLabeler _labeler;

    public SectionSegmenter(SectionLabeler labeler) => _labeler = labeler;

    /// <param name="lines">The item's lines after its heading.</param>
    /// <param name="implicitDecisions">The document labels no decisions: minuted text follows the recommendation unlabelled.</param>
    /// <param name="minutedOnly">The item is a standing item such as "Eventuelt" or a closed one, whose whole body is what was minuted.</param>
    public IReadOnlyList<Section> Segment(IReadOnlyList<SourceLine> lines, bool implicitDecisions, bool minutedOnly)
    {
        var parts = new List<(SectionKind Kind, StringBuilder Text, bool Labelled, Treatment? Source)>();
        var kind = SectionKind.Background;
        var beforeAttachments = SectionKind.Background;
        var recommendationParagraphs = 0;
        var closed = false;

        void Open(SectionKind next, bool labelled, Treatment? source = null)
        {
            kind = next;
            parts.Add((next, new StringBuilder(), labelled, source));
        }

        void Append(string text)
        {
            if (parts.Count == 0)
            {
                Open(kind, false);
            }
            var builder = parts[^1].Text;
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }
            builder.Append(text);
        }

        foreach (var line in lines)
        {
            if (closed)
            {
                break;
            }
            var label = _labeler.Label(line);
            if (label is { Closing: true })
            {
                closed = true;
                continue;
            }
            if (OpensDecisionText(label) && kind == SectionKind.Decision && parts.Count > 0 && parts[^1].Labelled && parts[^1].Text.Length == 0)
            {
                // Printed first in a decision block, an absence ("BESLUTNING I ØKONOMIUDVALGET …" / "FRAVÆRENDE: …" / "Godkendt") or a
                // recommending sentence ("Beslutning Økonomiudvalget den …" / "Det indstilles, at …": the committee recommends) belongs to it.
                Append(line.Text.Trim());
                continue;
            }
            if (label is not null)
            {
                if (label.Kind == SectionKind.Attachments)
                {
                    beforeAttachments = kind == SectionKind.Attachments ? beforeAttachments : kind;
                }
                Open(label.Kind, true, label.Source);
                recommendationParagraphs = 0;
                if (label.InlineText.Length > 0)
                {
                    Append(label.InlineText);
                    if (label.Kind == SectionKind.Recommendation)
                    {
                        recommendationParagraphs++;
                    }
                }
                continue;
            }

            if (kind == SectionKind.Attachments && line.Text.Length > 150 && !line.Bullet)
            {
                Open(beforeAttachments, false);
            }
            else if (kind == SectionKind.Recommendation && implicitDecisions && recommendationParagraphs > 0
                && !line.Bullet && !RecommendationLinePattern().IsMatch(line.Text))
            {
                Open(SectionKind.Decision, false);
            }
            if (kind == SectionKind.Recommendation)
            {
                recommendationParagraphs++;
            }
            Append(line.Text);
        }

        // A standing item ("Eventuelt") or a closed one ("Lukket: Salg af grund": minutes print only its decision) holds
        // what was minuted: its text is the decision, after a leading case number. One that presents its case under a
        // label ("Sagsfremstilling") is a case like any other, whose decision is labelled where it is minuted.
        if (minutedOnly && !parts.Any(p => p.Kind is SectionKind.Recommendation or SectionKind.Decision || (p.Kind == SectionKind.Background && p.Labelled)))
        {
            var reference = parts.Count > 0 && parts[0].Kind == SectionKind.Background ? LeadingReference(parts[0].Text.ToString()) : string.Empty;
            parts = parts.Select(p => p.Kind == SectionKind.Background ? (SectionKind.Decision, p.Text, p.Labelled, p.Source) : p).ToList();
            if (reference.Length > 0)
            {
                parts[0] = (SectionKind.Decision, new StringBuilder(parts[0].Text.ToString()[reference.Length..].TrimStart()), false, null);
                parts.Insert(0, (SectionKind.Background, new StringBuilder(reference), false, null));
            }
        }

        // A decision label before the item's last recommendation label quotes another body's minutes, unless it opens
        // the item (only a case number or so before it): some systems print the decision first, the case after it.
        var lastRecommendation = parts.FindLastIndex(p => p.Kind == SectionKind.Recommendation && p.Labelled);
        var firstLabelled = parts.FindIndex(p => p.Labelled);
        var decisionFirst = firstLabelled >= 0 && parts[firstLabelled].Kind == SectionKind.Decision && parts[firstLabelled].Source is null
            && parts.Take(firstLabelled).Sum(p => p.Text.Length) < 80;
        var sections = new List<Section>();
        for (var i = 0; i < parts.Count; i++)
        {
            var (partKind, text, _, source) = parts[i];
            if (partKind == SectionKind.Decision && i < lastRecommendation && !(decisionFirst && i == firstLabelled))
            {
                partKind = SectionKind.Other;
            }
            var body = text.ToString().Trim();
            if (body.Length > 0 || partKind == SectionKind.Decision || source is not null)
            {
                sections.Add(new Section(partKind, body, source));
            }
        }
        return Merge(sections);
    }

    /// <summary>A label that is decision text when it opens a decision block: an absence, or a recommendation worded as a sentence.</summary>
    private static bool OpensDecisionText(SectionLabel? label) =>
        label is { Absence: true } or { Kind: SectionKind.Recommendation, InlineText.Length: > 0 };

    /// <summary>
    /// The case or journal number paragraphs that open a text ("21-013720", PolWeb's "Sag: … Dok: … Initialer: … Åbent",
    /// eDoc's "Sagsnr.: 2011-29298 Dok.nr.: 2012-202935"), or empty: a reference line is never the start of a decision.
    /// </summary>
    private static string LeadingReference(string text) => ReferencePattern().Match(text).Value;

    private static List<Section> Merge(List<Section> sections)
    {
        var merged = new List<Section>();
        foreach (var section in sections)
        {
            if (merged.Count > 0 && merged[^1].Kind == section.Kind && merged[^1].Source is null && section.Source is null)
            {
                var joined = string.Join("\n\n", new[] { merged[^1].Text, section.Text }.Where(t => t.Length > 0));
                merged[^1] = section with { Text = joined };
            }
            else
            {
                merged.Add(section);
            }
        }
        return merged;
    }

    [GeneratedRegex(@"^(?:(?:[\d./-]{5,24}|" + CaseNumberReader.PolWebCaseLine + "|" + ReferenceLine + @")(?:\n\n|$))+")]
    private static partial Regex ReferencePattern();

    /// <summary>A line of labelled case and document numbers only: "Sagsnr.: 2011-29298 Dok.nr.: 2012-202935", "J.nr. 12/27845".</summary>
    private const string ReferenceLine = @"(?i:(?:(?:sags?|j|journal|dok|dokument)\.?\s?(?:nr|nummer)\.?|sag|dok)\s*:?\s*\d[\w./-]*\s*)+";

    [GeneratedRegex(@"^(at|og at|-|–|\d+[.)]|[a-z][.)])\s", RegexOptions.IgnoreCase)]
    private static partial Regex RecommendationLinePattern();
}
