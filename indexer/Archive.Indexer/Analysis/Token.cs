namespace Archive.Analysis;

/// <summary>A word of the original text: where it stands and how it reads.</summary>
public sealed record Token(int Start, int Length, string Text);
