using System.Text.RegularExpressions;
using Archive.Extraction;
using Archive.Text;

namespace Archive.Segmentation;

/// <summary>Recognises section labels ("Indstilling:", "Det indstilles, at …", "Referat", "Beslutning:", "Bilag:") from the patterns in section-labels.txt.</summary>
public sealed class SectionLabeler
{
    private readonly IReadOnlyList<(string Kind, Regex Pattern)> _patterns;

    public SectionLabeler()
    {
        _patterns = EmbeddedText.Lines("Segmentation/section-labels.txt")
            .Select(line => line.Split('\t', 2))
            .Select(parts => (parts[0], new Regex(parts[1], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1))))
            .ToList();
    }

    public SectionLabel? Label(SourceLine line)
    {
        var text = line.Text.Trim();
        if (text.Length == 0 || text.Length > 120)
        {
            return null;
        }
        foreach (var (kind, pattern) in _patterns)
        {
            var match = pattern.Match(text);
            if (!match.Success)
            {
                continue;
            }
            var rest = match.Groups["rest"].Success ? match.Groups["rest"].Value.Trim() : string.Empty;
            return kind switch
            {
                "recommendation" when !match.Groups["rest"].Success && text.Contains(',', StringComparison.Ordinal) =>
                    new SectionLabel(SectionKind.Recommendation, text),
                "recommendation" => new SectionLabel(SectionKind.Recommendation, rest),
                "decision" => new SectionLabel(SectionKind.Decision, rest),
                "attachments" => new SectionLabel(SectionKind.Attachments, rest),
                "background" => new SectionLabel(SectionKind.Background, rest),
                "closing" => new SectionLabel(SectionKind.Other, text, Closing: true),
                _ => new SectionLabel(SectionKind.Other, rest),
            };
        }
        return null;
    }
}
