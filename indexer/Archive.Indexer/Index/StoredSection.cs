namespace Archive.Index;

/// <summary>A section as stored in the items table.</summary>
public sealed record StoredSection(string Kind, string Text);
