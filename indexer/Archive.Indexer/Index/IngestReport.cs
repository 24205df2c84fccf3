namespace Archive.Index;

/// <summary>
/// What an index run did: files indexed, skipped as unchanged, registered as another rendering, removed, and failed with
/// their reasons; pages read by OCR, and notes on files indexed without some page (a scan page that failed or held no text).
/// </summary>
public sealed record IngestReport(int Indexed, int Unchanged, int Alternates, int Removed, IReadOnlyList<(string Path, string Reason)> Failed,
    int OcrPages, IReadOnlyList<(string Path, string Note)> Notes);
