namespace Archive.Segmentation;

/// <summary>
/// One agenda item of a meeting: printed number, title, sections, the page it starts on, and the
/// earlier treatments (other forums' verdicts) printed inside it, oldest first.
/// </summary>
[method: System.Text.Json.Serialization.JsonConstructor]
public sealed record AgendaItem(string Number, string Title, IReadOnlyList<Section> Sections, int Page, IReadOnlyList<Treatment> History)
{
    public AgendaItem(string number, string title, IReadOnlyList<Section> sections, int page)
        : this(number, title, sections, page, [])
    {
    }

    /// <summary>The meeting's own minuted decision: the text of the decision sections.</summary>
    public string Decision => string.Join("\n\n", Sections.Where(s => s.Kind == SectionKind.Decision && s.Text.Length > 0).Select(s => s.Text));

    /// <summary>For an item whose text came from OCR, the mean word confidence of its lines (0–1, weighted by length); null otherwise.</summary>
    public double? OcrConfidence { get; init; }

    /// <summary>The case numbers printed for the item, as printed (<see cref="CaseNumberReader"/>).</summary>
    public IReadOnlyList<string> CaseNumbers { get; init; } = [];

    /// <summary>True when the item's text came from OCR.</summary>
    public bool Ocr => OcrConfidence is not null;

    /// <summary>All text of the item that is neither title nor the meeting's decision (earlier treatments included).</summary>
    public string Body => string.Join("\n\n", Sections.Where(s => s.Kind != SectionKind.Decision && s.Text.Length > 0).Select(s => s.Text)
        .Concat(History.Where(h => h.Text.Length > 0).Select(h => h.Text)));
}
