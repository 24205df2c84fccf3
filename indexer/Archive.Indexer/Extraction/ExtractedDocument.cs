namespace Archive.Extraction;

/// <summary>A file turned into lines, with the facts about the file itself.</summary>
public sealed record ExtractedDocument(
    string Path,
    string Format,
    IReadOnlyList<SourceLine> Lines,
    string ContentHash,
    long Size,
    int Pages);
