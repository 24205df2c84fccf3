namespace Archive.Extraction;

/// <summary>A file turned into lines, with the facts about the file itself: how many of its pages were read by OCR, and notes on pages left out.</summary>
public sealed record ExtractedDocument(
    string Path,
    string Format,
    IReadOnlyList<SourceLine> Lines,
    string ContentHash,
    long Size,
    int Pages,
    int OcrPages = 0,
    IReadOnlyList<string>? Notes = null);
