namespace Archive.Search;

/// <summary>A topic's history in date order (the first <c>limit</c> events of <see cref="Total"/>), with counts per year and cluster over all of them.</summary>
public sealed record TraceResult(string Query, int Total, IReadOnlyList<TraceEvent> Events, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts);
