namespace Archive.Search;

/// <summary>
/// One matching agenda item with its meeting's metadata, a highlighted snippet, its score and the item's earlier
/// treatments; <see cref="Ocr"/> when its text was read from a scan.
/// </summary>
public sealed record SearchHit(
    string DocumentId,
    string File,
    string ItemNumber,
    string ItemTitle,
    string? Cluster,
    string? Forum,
    string? Date,
    bool DateInferred,
    string Outcome,
    string Decision,
    string Snippet,
    int Page,
    bool Routine,
    double Score,
    IReadOnlyList<Archive.Segmentation.Treatment> History,
    string? Organisation = null,
    double? OcrConfidence = null)
{
    public bool Ocr => OcrConfidence is not null;

    /// <summary>The case numbers printed for the item, as printed.</summary>
    public IReadOnlyList<string> CaseNumbers { get; init; } = [];
}
