namespace Archive.Segmentation;

/// <summary>
/// A line that may start an agenda item: its printed number, numbering style and title, and the
/// features that score it. Span is the number of lines the heading takes (2 when the number
/// follows the title on a line of its own).
/// </summary>
public sealed record HeadingCandidate(int LineIndex, int Number, string Style, string Title, IReadOnlyDictionary<string, double> Features, int Span = 1)
{
    /// <summary>A section label the conversion glued to the end of the title ("…formandenReferat"): it opens the item's body.</summary>
    public string? TrailingLabel { get; init; }
}
