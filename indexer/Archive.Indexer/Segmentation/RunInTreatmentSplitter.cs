using System.Text.RegularExpressions;
using Archive.Extraction;

namespace Archive.Segmentation;

/// <summary>
/// PDFs rendered to text run a forum's dated verdict into the line before it ("00.22.02-A26-1-13 Beslutning Byrådet,
/// 22.11.2016 Godkendt.", "… uden ændringer. Beslutning Plan- og Ejendomsudvalget, 24.10.2016 Anbefales") and a section
/// label onto the end of the verdict ("… Godkendt. Sagsfremstilling"). Such lines are split so that the label opens a line.
/// </summary>
public static partial class RunInTreatmentSplitter
{
    public static IReadOnlyList<SourceLine> Split(IReadOnlyList<SourceLine> lines)
    {
        if (!lines.Any(l => MayBreak(l.Text) && BreakPattern().IsMatch(l.Text)))
        {
            return lines;
        }
        var split = new List<SourceLine>(lines.Count + 8);
        foreach (var line in lines)
        {
            var parts = MayBreak(line.Text) ? BreakPattern().Split(line.Text) : [line.Text];
            split.Add(line with { Text = parts[0] });
            split.AddRange(parts.Skip(1).Select(p => line with { Text = p, BlankBefore = false }));
        }
        return split;
    }

    /// <summary>
    /// Whether a line holds a word that <see cref="BreakPattern"/> needs (it is case-sensitive): most lines hold none,
    /// and a vectorised search for the words is far cheaper than the pattern's scan of every space.
    /// </summary>
    private static bool MayBreak(string text) => text.AsSpan().ContainsAny(LabelWords);

    private static readonly System.Buffers.SearchValues<string> LabelWords = System.Buffers.SearchValues.Create(
        ["Beslutning", "Sagsfremstilling", "Indstilling", "Bilag", "Baggrund", "Resumé"], StringComparison.Ordinal);

    /// <summary>
    /// Before "Beslutning &lt;Forum&gt;, &lt;dd.mm.yyyy&gt;" inside a line, and before a lone section label that ends a sentence's line.
    /// </summary>
    [GeneratedRegex(@"(?<=\S)\s+(?=Beslutning\s+(?:i\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:og|for|i)\s+[\p{L}-]+)*,?\s+(?:den\s+)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b)|(?<=[.!?])\s+(?=(?:Sagsfremstilling|Beslutning|Indstilling|Bilag|Baggrund|Resumé)\s*$)")]
    private static partial Regex BreakPattern();
}
