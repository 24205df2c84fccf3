namespace Archive.Segmentation;

/// <summary>A line that may start an agenda item: its printed number, numbering style and title, and the features that score it.</summary>
public sealed record HeadingCandidate(int LineIndex, int Number, string Style, string Title, IReadOnlyDictionary<string, double> Features);
