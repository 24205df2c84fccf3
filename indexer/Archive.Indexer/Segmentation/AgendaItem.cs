namespace Archive.Segmentation;

/// <summary>One agenda item of a meeting: printed number, title, sections, and the page it starts on.</summary>
public sealed record AgendaItem(string Number, string Title, IReadOnlyList<Section> Sections, int Page)
{
    /// <summary>The minuted decision: the text of the decision sections.</summary>
    public string Decision => string.Join("\n\n", Sections.Where(s => s.Kind == SectionKind.Decision && s.Text.Length > 0).Select(s => s.Text));

    /// <summary>All text of the item that is neither title nor decision.</summary>
    public string Body => string.Join("\n\n", Sections.Where(s => s.Kind != SectionKind.Decision && s.Text.Length > 0).Select(s => s.Text));
}
