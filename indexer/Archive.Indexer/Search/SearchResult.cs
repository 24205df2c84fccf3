using System.Text.Json.Serialization;

namespace Archive.Search;

/// <summary>One page of hits, the total over all pages, and facet counts over the whole result set.</summary>
public sealed record SearchResult(
    string Query,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets)
{
    /// <summary>When the query finds little: the indexed words nearest to its unknown words ("did you mean"), best first.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Suggestions { get; init; }

    /// <summary>The query with each unknown word replaced by its best suggestion.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SuggestedQuery { get; init; }
}
