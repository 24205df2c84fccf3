using Archive.Segmentation;

namespace Archive.Index;

/// <summary>A document as stored in and read back from the index; how many pages OCR read, and notes on pages left out, for the run's report.</summary>
public sealed record IndexedDocument(
    string Id,
    string File,
    string Format,
    string ContentHash,
    long Size,
    int Pages,
    MeetingMetadata Metadata,
    IReadOnlyList<IndexedItem> Items,
    int OcrPages,
    IReadOnlyList<string> Notes);
