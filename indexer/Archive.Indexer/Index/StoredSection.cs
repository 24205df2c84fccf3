namespace Archive.Index;

/// <summary>A section of an agenda item as `show --json` presents it: its kind in lower case and its text.</summary>
public sealed record StoredSection(string Kind, string Text);
