namespace Archive.Segmentation;

/// <summary>A labelled stretch of an agenda item: its kind and its text (paragraphs separated by blank lines).</summary>
/// <param name="Source">For a decision under a label that names a forum: that forum, date and item number (text empty).</param>
public sealed record Section(SectionKind Kind, string Text, Treatment? Source = null);
