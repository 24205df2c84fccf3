namespace Archive.Segmentation;

/// <summary>A recognised section label: the kind it opens, any text on the label line after it, and whether it closes the minutes.</summary>
public sealed record SectionLabel(SectionKind Kind, string InlineText, bool Closing = false);
