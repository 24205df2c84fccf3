namespace Archive.Search;

/// <summary>A topic's history in date order, with counts per year and cluster for a chart.</summary>
public sealed record TraceResult(string Query, IReadOnlyList<TraceEvent> Events, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts);
