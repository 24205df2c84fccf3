namespace Archive.Search;

/// <summary>One page of hits, the total over all pages, and facet counts over the whole result set.</summary>
public sealed record SearchResult(
    string Query,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets);
