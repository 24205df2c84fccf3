namespace Archive.Segmentation;

/// <summary>A labelled stretch of an agenda item: its kind and its text (paragraphs separated by blank lines).</summary>
public sealed record Section(SectionKind Kind, string Text);
