namespace Archive.Segmentation;

/// <summary>
/// A recognised section label: the kind it opens, any text on the label line after it, whether it
/// closes the minutes, and for a decision label that names a forum ("Beslutning i Økonomiudvalget den
/// 23-03-2015", "Økonomiudvalget, 23-03-2015, pkt. 5:") that forum with its date and item number. Absence marks
/// a minuted absence ("Fraværende: …").
/// </summary>
public sealed record SectionLabel(SectionKind Kind, string InlineText, bool Closing = false, Treatment? Source = null, bool Absence = false);
