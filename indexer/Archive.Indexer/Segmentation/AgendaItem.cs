namespace Archive.Segmentation;

/// <summary>One agenda item of a meeting: printed number, title, sections, and the page it starts on.</summary>
public sealed record AgendaItem(string Number, string Title, IReadOnlyList<Section> Sections, int Page)
{
    /// <summary>The minuted decision: the text of the decision sections.</summary>
    public string Decision => string.Join("\n\n", Sections.Where(s => s.Kind == SectionKind.Decision && s.Text.Length > 0).Select(s => s.Text));

    /// <summary>For an item whose text came from OCR, the mean word confidence of its lines (0–1, weighted by length); null otherwise.</summary>
    public double? OcrConfidence { get; init; }

    /// <summary>True when the item's text came from OCR.</summary>
    public bool Ocr => OcrConfidence is not null;

    /// <summary>All text of the item that is neither title nor decision.</summary>
    public string Body => string.Join("\n\n", Sections.Where(s => s.Kind != SectionKind.Decision && s.Text.Length > 0).Select(s => s.Text));
}
