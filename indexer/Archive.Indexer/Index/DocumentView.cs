namespace Archive.Index;

/// <summary>A document as `show --json` and GET /api/documents/{id} present it.</summary>
public sealed record DocumentView(
    string Id,
    string File,
    IReadOnlyList<string> Files,
    string Format,
    int Pages,
    string Kind,
    string? Forum,
    string? Cluster,
    string? CaseNumber,
    string? Date,
    bool DateInferred,
    string? DateEarliest,
    string? DateLatest,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> Absent,
    IReadOnlyList<ItemView> Items,
    string? Organisation = null);

/// <summary>
/// An agenda item in a <see cref="DocumentView"/>; History holds the earlier treatments printed inside it;
/// <paramref name="Ocr"/> when its text was read from a scan, with the mean word confidence (0–1).
/// </summary>
public sealed record ItemView(string Number, string Title, string Decision, string Outcome, double OutcomeConfidence, bool Routine, int Page, IReadOnlyList<StoredSection> Sections,
    IReadOnlyList<Archive.Segmentation.Treatment> History, bool Ocr = false, double? OcrConfidence = null)
{
    /// <summary>The case numbers printed for the item, as printed.</summary>
    public IReadOnlyList<string> CaseNumbers { get; init; } = [];
}
