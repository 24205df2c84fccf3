namespace Archive.Index;

/// <summary>Progress of an index run, reported after each file; <paramref name="OcrPages"/> counts the pages read by OCR so far.</summary>
public sealed record IngestProgress(int Done, int Total, string Path, IngestStatus Status, int OcrPages = 0);
