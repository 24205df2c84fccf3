namespace Archive.Segmentation;

/// <summary>
/// A line that may start an agenda item: its printed number, numbering style and title, and the
/// features that score it. Span is the number of lines the heading takes (2 when the number
/// follows the title on a line of its own).
/// </summary>
public sealed record HeadingCandidate(int LineIndex, int Number, string Style, string Title, IReadOnlyDictionary<string, double> Features, int Span = 1)
{
    /// <summary>
    /// Text on the heading's line after the title that opens the item's body: a section label the conversion glued to the
    /// title ("…formandenReferat"), or the text that runs on after a run-in title.
    /// </summary>
    public string? BodyStart { get; init; }

    /// <summary>The item's identifier as printed where it is more than the number ("ØU-55/07-O"); null for a plain number.</summary>
    public string? Code { get; init; }

    /// <summary>The item number as the item carries it: the printed code, else the number.</summary>
    public string PrintedNumber => Code ?? Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
