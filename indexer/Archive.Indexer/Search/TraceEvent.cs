namespace Archive.Search;

/// <summary>One step in a topic's history: a matching agenda item with its decision.</summary>
public sealed record TraceEvent(
    string? Date,
    bool DateInferred,
    string? Cluster,
    string? Forum,
    string DocumentId,
    string ItemNumber,
    string ItemTitle,
    string Decision,
    string Outcome,
    string Snippet)
{
    /// <summary>The case numbers printed for the item, as printed: events that share one are one case's path.</summary>
    public IReadOnlyList<string> CaseNumbers { get; init; } = [];
}
